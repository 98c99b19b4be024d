namespace DigestBot.Search;

/// <summary>
/// The semantic side of a search: the papers nearest the question's meaning (best first, with their cosine
/// similarity), how many in all reach <see cref="Floor"/> (close enough to count as a match), the similarity of any
/// other paper that has a vector, and how many papers have vectors (the reply says it of how many). Found while the
/// keyword side runs (<paramref name="found"/> is under way when the search starts); read when the fusion needs it.
/// A paper below <paramref name="near"/> is about something else: never weighed for its meaning alone.
/// </summary>
public sealed class SearchMeaning(Task<SearchMeaning.Found> found, float floor, float near)
{
    /// <summary>How many of the nearest papers a search always weighs when they are at least <see cref="Near"/> (the closest by meaning, as best match shows the closest by words).</summary>
    public const int AlwaysNearest = SearchRequest.DefaultLimit;

    /// <summary>Papers with a vector.</summary>
    public int Embedded { get; init; }

    public float Floor => floor;

    /// <summary>Below this a paper is too far to be shown by meaning alone, even among the nearest.</summary>
    public float Near => near;

    public IReadOnlyList<(string Key, float Similarity)> Nearest => Result.Nearest;

    public int AtLeastFloor => Result.AtLeastFloor;

    /// <summary>The nearest papers close enough to count as matches.</summary>
    public IEnumerable<(string Key, float Similarity)> Close => Nearest.Where(n => n.Similarity >= Floor);

    /// <summary>What a hybrid search weighs beside the keyword matches: the close papers, and the <see cref="AlwaysNearest"/> nearest that are not far.</summary>
    public IEnumerable<(string Key, float Similarity)> Candidates => Nearest.Where((n, i) => n.Similarity >= Floor || (i < AlwaysNearest && n.Similarity >= Near));

    private Found Result => found.GetAwaiter().GetResult();

    /// <summary>A paper's similarity to the question; null when it has no vector.</summary>
    public float? SimilarityOf(string key) => Result.SimilarityOf(key);

    /// <summary>What the semantic side found.</summary>
    public sealed record Found(IReadOnlyList<(string Key, float Similarity)> Nearest, int AtLeastFloor, Func<string, float?> SimilarityOf);
}
