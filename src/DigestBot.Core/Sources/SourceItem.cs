using DigestBot.Papers;

namespace DigestBot.Sources;

/// <summary>
/// One paper as one source saw it, ready for <see cref="PaperStore.Upsert"/>: <see cref="Paper"/> carries exactly
/// one <see cref="SourceRecord"/>. The other properties are what only the ingestion needs (announce rules).
/// </summary>
public sealed record SourceItem
{
    public required Paper Paper { get; init; }

    /// <summary>The listing's announce type; null for every source but the arXiv listing feeds.</summary>
    public AnnounceType? AnnounceType { get; init; }

    /// <summary>
    /// When the source announced or featured the item (arXiv listing date, HF daily date), for freshness rules;
    /// null when the source has no such date.
    /// </summary>
    public DateTimeOffset? AnnouncedAt { get; init; }

    /// <summary>The author string exactly as the source gave it, when it was one string we had to split.</summary>
    public string? RawAuthors { get; init; }
}
