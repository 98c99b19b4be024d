namespace DigestBot.Local;

/// <summary><c>DigestBot:Local</c>: the terminal side of local mode.</summary>
public sealed class LocalOptions
{
    public const string Section = "DigestBot:Local";

    /// <summary>Read commands at a <c>digestbot&gt;</c> prompt even when stdin is not a terminal (<c>--interactive</c>).</summary>
    public bool Interactive { get; set; }
}
