namespace DigestBot.Search;

/// <summary>
/// One page of ranked hits and how many papers match in all, how the search was answered (<see cref="Mode"/>) and in
/// which order. For <see cref="SearchMode.BestMatch"/>, <see cref="MinimumWords"/> of the query's words were required
/// and <see cref="AllWordsHits"/> papers held every one.
/// </summary>
public sealed record SearchResults(SearchRequest Request, int TotalHits, IReadOnlyList<SearchHit> Hits)
{
    public SearchMode Mode { get; init; } = SearchMode.Exact;

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public int MinimumWords { get; init; }

    public int AllWordsHits { get; init; }
}
