using System.Text.Json.Serialization;
using LiteDB;

namespace DigestBot.Papers;

/// <summary>
/// One paper, merged across every source that has seen it. This record is both what LiteDB stores and what
/// <c>--json</c> prints, so its property order is the JSON field order.
/// </summary>
public sealed record Paper
{
    /// <summary>Canonical, unversioned key (see <see cref="PaperId.Key"/>).</summary>
    public required string Id { get; init; }

    /// <summary>Highest arXiv version seen; 0 when no source gave one.</summary>
    public int Version { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Abstract { get; init; } = string.Empty;

    public IReadOnlyList<Author> Authors { get; init; } = [];

    /// <summary>Classifications, primary first.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>
    /// When version 1 appeared (arXiv) or the publication date the source gave: the first instant of its period when
    /// the source gave only a year or a month (see <see cref="PublishedPrecision"/>). Null when no source gave a date.
    /// </summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>
    /// How much of <see cref="Published"/> the source gave (day, month or year); null when there is no date. A record
    /// stored before precisions existed reads as a day: every source then gave full dates or none.
    /// </summary>
    public DatePrecision? PublishedPrecision
    {
        get => Published is null ? null : field ?? DatePrecision.Day;
        init;
    }

    /// <summary>When the highest known version appeared.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>When DigestBot first stored this paper.</summary>
    public DateTimeOffset FirstSeen { get; init; }

    /// <summary>Published-version DOIs, lower-case (arXiv's own DataCite DOI is implied by an arXiv id).</summary>
    public IReadOnlyList<string> Dois { get; init; } = [];

    public string? JournalRef { get; init; }

    public string? Comment { get; init; }

    public PaperLinks Links { get; init; } = PaperLinks.None;

    public IReadOnlyList<SourceRecord> Sources { get; init; } = [];

    /// <summary>Hugging Face Daily Papers extras (upvotes, AI summary, code); null until HF has listed the paper.</summary>
    public HuggingFaceInfo? HuggingFace { get; init; }

    /// <summary>
    /// The store's sequence number of the write that last changed this record (0 for records stored before
    /// revisions existed). Derived indexes catch up by it; it is bookkeeping, so <c>--json</c> leaves it out.
    /// </summary>
    [JsonIgnore]
    public long Revision { get; init; }

    /// <summary>
    /// <see cref="Published"/> with its precision, or null: the one way code reads a paper's date. Setting it sets both
    /// stored properties.
    /// </summary>
    [JsonIgnore]
    [BsonIgnore]
    public PaperDate? PublishedDate
    {
        get => Published is { } start ? new PaperDate(start, PublishedPrecision ?? DatePrecision.Day) : null;
        init
        {
            Published = value?.Start;
            PublishedPrecision = value?.Precision;
        }
    }

    /// <summary>The title as records of other sources are compared by (<see cref="PaperTitle.Key"/>); stored and indexed, not printed.</summary>
    [JsonIgnore]
    public string TitleKey => PaperTitle.Key(Title);

    /// <summary>
    /// Keys an older digestbot may have stored this paper under (a feed item keyed by its file or source name): the
    /// store looks them up when this paper arrives and re-keys what it finds. Only on incoming papers; never stored.
    /// </summary>
    [JsonIgnore]
    [BsonIgnore]
    public IReadOnlyList<string> FormerKeys { get; init; } = [];

    /// <summary>The parsed form of <see cref="Id"/>.</summary>
    public PaperId ParsedId() => PaperId.Parse(Id);
}
