using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DigestBot.Search;

/// <summary>
/// Which papers a query finds and in which order: free text as <see cref="FreeTextSearch"/> decides, every query with
/// the ranking clauses of <see cref="RankingQueries"/>, and equal scores broken by date, newest first.
/// </summary>
internal static class RankedSearch
{
    private static readonly SortField Newest = new(IndexFields.Published, SortFieldType.INT64, reverse: true);
    private static readonly Sort ByRelevance = new(SortField.FIELD_SCORE, Newest);
    private static readonly Sort ByDate = new(Newest, SortField.FIELD_SCORE);

    /// <summary>
    /// How the query is answered, its first offset + limit hits and how many match. Free text first runs with every
    /// word required, which answers it when a page of papers has them all; otherwise best match shows those few papers
    /// first, then the closest: more of the question covered ranks higher, which only best match scores, on a searcher
    /// of its own over the same reader.
    /// </summary>
    public static (FreeTextSearch.Decision Decision, IReadOnlyList<ScoreDoc> Docs, int Total) Top(IndexSearcher searcher, SearchRequest request, SearchSort sort, bool ranked)
    {
        var wanted = request.Offset + request.Limit;
        var query = LuceneQueries.Build(request.Query, request.Since, request.SemanticMatches);
        var first = Run(searcher, RankingQueries.Around(query, request.Query), wanted, sort, ranked);
        if (!request.Query.IsFreeText)
        {
            return (new FreeTextSearch.Decision(query, SearchMode.Exact, 0, 0, query), first.Docs, first.Total);
        }

        var decision = request.Query.Words.Count <= 1 || first.Total >= FreeTextSearch.EnoughHits
            ? new FreeTextSearch.Decision(query, SearchMode.AllWords, request.Query.Words.Count, first.Total, query)
            : FreeTextSearch.Decide(searcher, request.Query, request.Since, first.Total);
        if (decision.Mode == SearchMode.AllWords)
        {
            return (decision, first.Docs, first.Total);
        }

        var ranking = new IndexSearcher(searcher.IndexReader) { Similarity = FreeTextSimilarity.Instance };
        if (sort == SearchSort.Date || first.Total == 0)
        {
            var closest = Run(ranking, RankingQueries.Around(decision.Match, request.Query), wanted, sort, ranked);
            return (decision, closest.Docs, closest.Total);
        }

        var others = new BooleanQuery(disableCoord: true) { { decision.Match, Occur.MUST }, { decision.AllWords, Occur.MUST_NOT } };
        var rest = Run(ranking, RankingQueries.Around(others, request.Query), Math.Max(1, wanted - first.Docs.Count), sort, ranked);
        return (decision, [.. first.Docs, .. rest.Docs], first.Total + rest.Total);
    }

    /// <summary>
    /// The top hits in the order asked for, equal scores newest first. A ranked query seldom ties, so its hits are
    /// collected by score alone (Lucene's cheapest collector) and only the ties among them ordered by date; a query
    /// that ranks nothing ties everywhere and is collected in date order.
    /// </summary>
    private static (IReadOnlyList<ScoreDoc> Docs, int Total) Run(IndexSearcher searcher, Query query, int wanted, SearchSort sort, bool ranked)
    {
        if (sort == SearchSort.Date || !ranked)
        {
            var sorted = searcher.Search(query, null, wanted, sort == SearchSort.Date ? ByDate : ByRelevance, true, false);
            return (sorted.ScoreDocs, sorted.TotalHits);
        }

        var top = searcher.Search(query, wanted);
        if (top.ScoreDocs.Length < 2 || top.ScoreDocs.Select(d => d.Score).Distinct().Count() == top.ScoreDocs.Length)
        {
            return (top.ScoreDocs, top.TotalHits);
        }

        var dates = MultiDocValues.GetNumericValues(searcher.IndexReader, IndexFields.Published);
        return ([.. top.ScoreDocs.OrderByDescending(d => d.Score).ThenByDescending(d => dates?.Get(d.Doc) ?? 0)], top.TotalHits);
    }

    /// <summary>Whether anything in the query is ranked: a word or phrase in text, not only categories, ids, authors or wildcards.</summary>
    public static bool Ranks(QueryNode node) => node switch
    {
        TermNode t => !t.IsWildcard && t.Field is SearchField.Default or SearchField.Title or SearchField.Abstract or SearchField.All,
        AndNode a => a.Children.Any(Ranks),
        OrNode o => o.Children.Any(Ranks),
        _ => false,
    };
}
