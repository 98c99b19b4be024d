namespace DigestBot.Semantic;

/// <summary>How a model's token states become one vector.</summary>
public enum Pooling
{
    /// <summary>The mean of the states of the real (unpadded) tokens.</summary>
    Mean,

    /// <summary>The state of the first token, [CLS].</summary>
    Cls,
}
