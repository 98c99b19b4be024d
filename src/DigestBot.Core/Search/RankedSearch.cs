using DigestBot.QueryLanguage;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DigestBot.Search;

/// <summary>
/// Which papers a query finds and in which order: free text as <see cref="FreeTextSearch"/> decides, every query with
/// the ranking clauses of <see cref="RankingQueries"/>, and equal scores broken by date, newest first.
/// </summary>
internal static class RankedSearch
{
    /// <summary>
    /// How many of the best papers by words (at least as many as asked for) the phrases of free text's adjacent words
    /// score again (see <see cref="Run"/>). A phrase adds at most half its two words' scores in the abstract, so only a
    /// paper close behind the pool could overtake one in it. Measured: the 500 bench queries kept the same first ten
    /// (ids and scores) with pools of 50 to 1,000 at 1M papers and with 200 and 1,000 at 100k, Cranfield's nDCG@10 was
    /// the same with 200 and 1,000, and every pooled paper costs time (its phrase postings are walked to).
    /// </summary>
    public const int PhrasePool = 200;

    private static readonly SortField Newest = new(IndexFields.Published, SortFieldType.INT64, reverse: true);
    private static readonly Sort ByRelevance = new(SortField.FIELD_SCORE, Newest);
    private static readonly Sort ByDate = new(Newest, SortField.FIELD_SCORE);

    /// <summary>
    /// How the query is answered, its first offset + limit hits and how many match. Free text first runs with every
    /// word required, which answers it when a page of papers has them all; otherwise best match shows those few papers
    /// first, then the closest: more of the question covered ranks higher (see <see cref="BestMatchQuery"/>).
    /// </summary>
    /// <param name="states">The search's term lookups, when the caller searches more (made afresh when not given).</param>
    public static (FreeTextSearch.Decision Decision, IReadOnlyList<ScoreDoc> Docs, int Total) Top(IndexSearcher searcher, SearchRequest request, SearchSort sort, bool ranked, TermStates? states = null)
    {
        var wanted = request.Offset + request.Limit;
        states ??= new TermStates(searcher);
        var query = LuceneQueries.Build(request.Query, request.Since, request.SemanticMatches, request.Until);
        var first = Run(searcher, states, query, request.Query, wanted, sort, ranked);
        if (!request.Query.IsFreeText)
        {
            return (new FreeTextSearch.Decision(query, SearchMode.Exact, 0, 0, query), first.Docs, first.Total);
        }

        var decision = request.Query.Words.Count <= 1 || first.Total >= FreeTextSearch.EnoughHits
            ? new FreeTextSearch.Decision(query, SearchMode.AllWords, request.Query.Words.Count, first.Total, query)
            : FreeTextSearch.Decide(searcher, request.Query, request.Since, first.Total, states, request.Until);
        if (decision.Mode == SearchMode.AllWords)
        {
            return (decision, first.Docs, first.Total);
        }

        if (sort == SearchSort.Date || first.Total == 0)
        {
            var closest = Run(searcher, states, decision.Match, request.Query, wanted, sort, ranked);
            return (decision, closest.Docs, closest.Total);
        }

        // The papers with every word are shown first; the others hold fewer of the words.
        var rest = Run(searcher, states, decision.Closest!, request.Query, Math.Max(1, wanted - first.Docs.Count), sort, ranked);
        return (decision, [.. first.Docs, .. rest.Docs], first.Total + rest.Total);
    }

    /// <summary>
    /// The top hits of <paramref name="match"/> with its ranking clauses, in the order asked for, equal scores newest
    /// first. A ranked query seldom ties, so its hits are collected by score alone (Lucene's cheapest collector) and only
    /// the ties among them ordered by date; a query that ranks nothing ties everywhere and is collected in date order.
    /// Free text's phrases score only the <see cref="PhrasePool"/> best papers by the rest, as they would in the query:
    /// scored inside it they were advanced to every match, a fifth of a question's time at 1M papers.
    /// </summary>
    private static (IReadOnlyList<ScoreDoc> Docs, int Total) Run(IndexSearcher searcher, TermStates states, Query match, SearchQuery parsed, int wanted, SearchSort sort, bool ranked)
    {
        if (sort == SearchSort.Date || !ranked)
        {
            // Equal dates are ordered by score, phrases included.
            var sorted = searcher.Search(states.Prepare(RankingQueries.Around(match, parsed)), null, wanted, sort == SearchSort.Date ? ByDate : ByRelevance, true, false);
            return (sorted.ScoreDocs, sorted.TotalHits);
        }

        var query = states.Prepare(RankingQueries.Around(match, parsed, phrases: false));
        var phrases = RankingQueries.AdjacentPhrases(parsed);
        var top = searcher.Search(query, phrases is null ? wanted : Math.Max(wanted, PhrasePool));
        if (phrases is not null && top.ScoreDocs.Length > 0)
        {
            top = AddedScores.Add(searcher, top, phrases, wanted);
        }

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
