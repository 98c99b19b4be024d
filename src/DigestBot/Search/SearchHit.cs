using System.Text.Json.Serialization;
using DigestBot.Papers;

namespace DigestBot.Search;

/// <summary>
/// One ranked result. Its JSON form (<c>search --json</c>) is <c>{id, title, authors, published, url, score, snippet}</c>;
/// <see cref="Snippet"/> is a passage of the abstract with the matched terms in <c>**bold**</c>.
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
    [JsonIgnore]
    public int Version { get; init; }

    /// <summary>The date with its precision (see <see cref="Paper.PublishedDate"/>).</summary>
    [JsonIgnore]
    public PaperDate? PublishedDate => Published is { } start ? new PaperDate(start, PublishedPrecision ?? DatePrecision.Day) : null;

    [JsonIgnore]
    public IReadOnlyList<string> Categories { get; init; } = [];
}
