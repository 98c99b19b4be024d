namespace DigestBot.Semantic;

/// <summary>Told after each batch the background embedding ran (and when it finds the queue empty): new vectors may be ready.</summary>
public interface IEmbeddedListener
{
    void Embedded();
}
