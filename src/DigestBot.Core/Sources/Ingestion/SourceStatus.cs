namespace DigestBot.Sources;

/// <summary>One source as <c>sources</c> and <c>status</c> report it (JSON field order is this order).</summary>
public sealed record SourceStatus(
    string Name,
    string Type,
    bool Polled,
    string? NotPolledBecause,
    string Schedule,
    string TimeZone,
    DateTimeOffset? LastAttempt,
    DateTimeOffset? LastSuccess,
    string? LastError,
    long ItemsSeen)
{
    /// <summary>New papers the last successful poll stored; null before the first.</summary>
    public int? LastPollNew { get; init; }

    /// <summary>When the current run of failures began; null while the source is healthy.</summary>
    public DateTimeOffset? FailingSince { get; init; }
}
