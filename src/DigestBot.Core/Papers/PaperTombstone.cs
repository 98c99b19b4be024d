namespace DigestBot.Papers;

/// <summary>
/// A key no paper is stored under any more (removed by retention, or re-keyed: merged into a paper with another key),
/// at the revision of its removal, so derived indexes that missed the removal (a crash between the two commits) still
/// drop its document when they catch up by revision.
/// </summary>
public sealed record PaperTombstone
{
    /// <summary>The removed paper's key.</summary>
    public required string Id { get; init; }

    public long Revision { get; init; }

    public DateTimeOffset RemovedAt { get; init; }
}
