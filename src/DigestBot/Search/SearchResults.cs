namespace DigestBot.Search;

/// <summary>One page of ranked hits and how many papers match in all.</summary>
public sealed record SearchResults(SearchRequest Request, int TotalHits, IReadOnlyList<SearchHit> Hits);
