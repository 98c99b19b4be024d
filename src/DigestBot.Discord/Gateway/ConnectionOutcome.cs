namespace DigestBot.Discord.Gateway;

/// <summary>How one connection ended, and so what the next one does.</summary>
internal sealed record ConnectionOutcome(ConnectionEnd End, string Reason)
{
    /// <summary>READY or RESUMED arrived: the back-off starts over.</summary>
    public bool Healthy { get; init; }

    public int? CloseCode { get; init; }

    /// <summary>Op 9 (not resumable): wait a random 1–5 s before identifying again.</summary>
    public bool InvalidSession { get; init; }
}
