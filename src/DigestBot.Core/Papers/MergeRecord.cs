namespace DigestBot.Papers;

/// <summary>
/// One cross-source merge, as it can be undone: both records as they were just before it, which key the merged paper
/// took, and when it was undone. An undone pair is never merged again by title.
/// </summary>
public sealed record MergeRecord
{
    public required string Id { get; init; }

    /// <summary>The merged paper's key.</summary>
    public required string PaperId { get; init; }

    public required string StoredId { get; init; }

    public required string IncomingId { get; init; }

    /// <summary>The record that was in the store.</summary>
    public required Paper Stored { get; init; }

    /// <summary>The record that arrived.</summary>
    public required Paper Incoming { get; init; }

    public required SourceMatch Evidence { get; init; }

    public DateTimeOffset MergedAt { get; init; }

    public DateTimeOffset? UndoneAt { get; init; }
}
