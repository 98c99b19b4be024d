namespace DigestBot.Sources;

/// <summary>
/// What DigestBot remembers about one source between polls (LiteDB <c>source_state</c>, keyed by the source's
/// configured name, or <c>import:&lt;path&gt;</c> for a resumable import).
/// </summary>
public sealed record SourceState
{
    public required string Id { get; init; }

    public DateTimeOffset? LastAttempt { get; init; }

    public DateTimeOffset? LastSuccess { get; init; }

    /// <summary>The last failure in one line; null once a poll succeeds again.</summary>
    public string? LastError { get; init; }

    public DateTimeOffset? LastErrorAt { get; init; }

    /// <summary>The first failure of the current run of failures; null once a poll succeeds again.</summary>
    public DateTimeOffset? FailingSince { get; init; }

    public int SuccessfulPolls { get; init; }

    /// <summary>New papers the last successful poll stored (0 when it found nothing new; null before the first poll).</summary>
    public int? LastPollNew { get; init; }

    /// <summary>Items read over the source's lifetime (before merging).</summary>
    public long ItemsSeen { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>A resumption point: a date window end, a paging cursor, or a byte offset for imports.</summary>
    public string? Cursor { get; init; }
}
