using DigestBot.QueryLanguage;
using DigestBot.Search;

namespace DigestBot.Benchmarks.Relevance;

/// <summary>DigestBot's keyword answer to a question typed as free text: its top 100 (collection ids, scores), how it was answered, and how many of its words best match required.</summary>
internal sealed record KeywordRanking(IReadOnlyList<(string Id, double Score)> Hits, SearchMode Mode, int MinimumWords, int Words)
{
    public static KeywordRanking Of(SearchService search, string text, IReadOnlyDictionary<string, string> ids)
    {
        if (!SearchQuery.TryParseSearch(text, out var query, out _))
        {
            return new KeywordRanking([], SearchMode.BestMatch, 0, 0); // refused (too long): nothing found, as typed
        }

        var results = search.Search(new SearchRequest(query) { Limit = SearchRequest.MaxLimit });
        return new KeywordRanking([.. results.Hits.Select(h => (ids[h.Id], h.Score))], results.Mode, results.MinimumWords, results.Request.Query.Words.Count);
    }

    /// <summary>The share of the question's words the keyword answer required of every paper (1 when all were).</summary>
    public double Coverage => Mode == SearchMode.BestMatch && Words > 0 ? (double)MinimumWords / Words : 1;
}
