namespace DigestBot.Search;

/// <summary>
/// The semantic side of a search: the papers nearest the question's meaning (best first, with their cosine
/// similarity), how many in all reach <see cref="Floor"/> (close enough to count as a match), the similarity of any
/// other paper that has a vector, and how many papers have vectors (the reply says it of how many). Found while the
/// keyword side runs (<paramref name="found"/> is under way when the search starts); read when the fusion needs it.
/// </summary>
public sealed class SearchMeaning(Task<SearchMeaning.Found> found, float floor)
{
    /// <summary>How many of the nearest papers a hybrid search always weighs, however far they are (the closest by meaning, as best match shows the closest by words).</summary>
    public const int AlwaysNearest = SearchRequest.DefaultLimit;

    /// <summary>Papers with a vector.</summary>
    public int Embedded { get; init; }

    public float Floor => floor;

    public IReadOnlyList<(string Key, float Similarity)> Nearest => Result.Nearest;

    public int AtLeastFloor => Result.AtLeastFloor;

    /// <summary>The nearest papers close enough to count as matches.</summary>
    public IEnumerable<(string Key, float Similarity)> Close => Nearest.Where(n => n.Similarity >= Floor);

    /// <summary>What a hybrid search weighs beside the keyword matches: the close papers, and at least the <see cref="AlwaysNearest"/> nearest.</summary>
    public IEnumerable<(string Key, float Similarity)> Candidates => Nearest.Where((n, i) => i < AlwaysNearest || n.Similarity >= Floor);

    private Found Result => found.GetAwaiter().GetResult();

    /// <summary>A paper's similarity to the question; null when it has no vector.</summary>
    public float? SimilarityOf(string key) => Result.SimilarityOf(key);

    /// <summary>What the semantic side found.</summary>
    public sealed record Found(IReadOnlyList<(string Key, float Similarity)> Nearest, int AtLeastFloor, Func<string, float?> SimilarityOf);
}
