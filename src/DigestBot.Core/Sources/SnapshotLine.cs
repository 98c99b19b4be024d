namespace DigestBot.Sources;

/// <summary>
/// What one line of the arXiv snapshot gave: an <see cref="Item"/>, or the <see cref="SkipReason"/> it was left
/// out. <see cref="EndOffset"/> counts the bytes read since reading began, up to and including this line's newline,
/// so an interrupted import can seek there and carry on (with <see cref="LineNumber"/> + 1).
/// </summary>
public sealed record SnapshotLine(long LineNumber, long EndOffset, SourceItem? Item, string? SkipReason)
{
    /// <summary>What was changed to keep the item (an over-long abstract trimmed), or null.</summary>
    public string? Warning { get; init; }
}
