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
    /// <summary>
    /// How the search was answered: <c>exact</c>, <c>all-words</c> or <c>best-match</c> by keywords (see
    /// <see cref="SearchMode"/>), <c>hybrid</c> when keywords and meaning were fused, <c>semantic</c> by meaning alone.
    /// </summary>
    public string Mode { get; init; } = "exact";

    /// <summary>Cosine similarity of the paper's vector to the question's when the search looked at meaning; else null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Similarity { get; init; }

    /// <summary>
    /// In a hybrid search, whether the paper is there by meaning alone (it holds too few of the question's words to
    /// match them); null in other searches. A question that no paper answers by its words lists only such papers.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ByMeaningAlone { get; init; }

    [JsonIgnore]
    public int Version { get; init; }

    /// <summary>The date with its precision (see <see cref="Paper.PublishedDate"/>).</summary>
    [JsonIgnore]
    public PaperDate? PublishedDate => Published is { } start ? new PaperDate(start, PublishedPrecision ?? DatePrecision.Day) : null;

    [JsonIgnore]
    public IReadOnlyList<string> Categories { get; init; } = [];
}
