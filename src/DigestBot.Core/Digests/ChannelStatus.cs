namespace DigestBot.Digests;

/// <summary>One channel as <c>status</c> reports it. Ids are strings in JSON: snowflakes overflow JavaScript numbers.</summary>
public sealed record ChannelStatus(
    string Channel,
    string Guild,
    int Watches,
    string Schedule,
    string TimeZone,
    DateTimeOffset? NextDigest,
    bool Paused,
    string? PausedReason,
    int Pending,
    DateTimeOffset? LastDigest,
    string? LastError)
{
    /// <summary>Why nothing arrived lately, plainly, and when the next digest is due (see <c>Status.QuietChannel</c>).</summary>
    public IReadOnlyList<string> Why { get; init; } = [];
}
