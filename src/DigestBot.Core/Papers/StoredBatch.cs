namespace DigestBot.Papers;

/// <summary>
/// One committed write: the papers it changed (stored form, in write order) or removed, and the store revision
/// before and after it. Revisions <see cref="PreviousRevision"/> + 1 … <see cref="Revision"/> all belong to this batch.
/// </summary>
public sealed record StoredBatch(long PreviousRevision, long Revision, IReadOnlyList<Paper> Changed)
{
    /// <summary>Keys of the papers this write removed (retention); each left a <see cref="PaperTombstone"/>.</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];

    /// <summary>
    /// Keys of the changed papers no record held before this write (new to the store, not merged into anything):
    /// derived views may add them without looking for an older entry.
    /// </summary>
    public IReadOnlySet<string> Added { get; init; } = new HashSet<string>();
}
