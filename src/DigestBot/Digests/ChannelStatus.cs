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
    string? LastError);
