using System.Text.Json.Serialization;
using DigestBot.Papers;

namespace DigestBot.Search;

/// <summary>
/// One ranked result. Its JSON form (<c>search --json</c>) is <c>{id, title, authors, published, url, score, snippet, mode}</c>;
/// <see cref="Snippet"/> is a passage of the abstract with the matched terms in <c>**bold**</c>, and <see cref="Mode"/>
/// how the search that found it was answered (the same on every hit of a search).
/// </summary>
public sealed record SearchHit(
    string Id,
    string Title,
    IReadOnlyList<string> Authors,
    DateTimeOffset? Published,
    DatePrecision? PublishedPrecision,
    string? Url,
    double Score,
    string Snippet)
{
    /// <summary><c>exact</c>, <c>all-words</c> or <c>best-match</c> (see <see cref="SearchMode"/>).</summary>
    public string Mode { get; init; } = "exact";

    [JsonIgnore]
    public int Version { get; init; }

    /// <summary>The date with its precision (see <see cref="Paper.PublishedDate"/>).</summary>
    [JsonIgnore]
    public PaperDate? PublishedDate => Published is { } start ? new PaperDate(start, PublishedPrecision ?? DatePrecision.Day) : null;

    [JsonIgnore]
    public IReadOnlyList<string> Categories { get; init; } = [];
}
