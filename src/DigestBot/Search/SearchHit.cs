using System.Text.Json.Serialization;

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
    string? Url,
    double Score,
    string Snippet)
{
    [JsonIgnore]
    public int Version { get; init; }

    [JsonIgnore]
    public IReadOnlyList<string> Categories { get; init; } = [];
}
