namespace DigestBot.Papers;

/// <summary>
/// A paper removed from the store (retention), at the revision of its removal, so derived indexes that missed the
/// removal (a crash between the two commits) still drop it when they catch up by revision.
/// </summary>
public sealed record PaperTombstone
{
    /// <summary>The removed paper's key.</summary>
    public required string Id { get; init; }

    public long Revision { get; init; }

    public DateTimeOffset RemovedAt { get; init; }
}
