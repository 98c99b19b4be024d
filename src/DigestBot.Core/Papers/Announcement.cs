namespace DigestBot.Papers;

/// <summary>
/// A paper that should reach the channels whose watches match it: new to the store, fresh, and not from a
/// backfill. Written in the same transaction as the paper, so a crash cannot separate them; the watches
/// feature consumes these.
/// </summary>
public sealed record Announcement
{
    /// <summary>The paper's key.</summary>
    public required string Id { get; init; }

    public required string Source { get; init; }

    public DateTimeOffset QueuedAt { get; init; }

    /// <summary>When watches were matched against it (written with its deliveries); null until then.</summary>
    public DateTimeOffset? PercolatedAt { get; init; }

    /// <summary>
    /// Semantic watches (<c>like:</c>, <c>about:</c>) have yet to be matched against it: set when the other watches were,
    /// if semantic watches existed then, and cleared once its vector was made and they were matched.
    /// </summary>
    public bool SemanticPending { get; init; }
}
