using DigestBot.QueryLanguage;
using Lucene.Net.Search;

namespace DigestBot.Search;

/// <summary>
/// How free text is answered. Every content word is required when that gives at least <see cref="EnoughHits"/>
/// papers (a page); otherwise the search relaxes to best match: at least a minimum number of the words, starting
/// near two thirds of them and lowering it until <see cref="RelaxedPool"/> papers qualify (down to one word), ranked
/// by the share of the question a paper covers (<see cref="BestMatchQuery"/>). The decision depends on the query and date
/// window only, never on the page asked for, so every page of one search is answered the same way.
/// </summary>
internal static class FreeTextSearch
{
    public const int EnoughHits = SearchRequest.DefaultLimit;

    /// <summary>
    /// How many papers a best-match minimum must leave to rank from. Relaxing only until a page qualified (10) cost 10%
    /// nDCG@10 on Cranfield's long questions (relevant papers holding fewer but rarer words were cut); 100 costs 1%
    /// against no minimum at all.
    /// </summary>
    public const int RelaxedPool = 100;

    /// <summary>
    /// How free text of several words is answered once the search requiring every word found <paramref name="all"/>
    /// papers, fewer than <see cref="EnoughHits"/>: the best-match query, or every word still when relaxing would
    /// find no more.
    /// </summary>
    /// <param name="states">The search's term lookups (made afresh when not given).</param>
    /// <param name="until">The window's end (exclusive), for one that ends; null for a window up to now.</param>
    public static Decision Decide(IndexSearcher searcher, SearchQuery query, DateTimeOffset? since, int all, TermStates? states = null, DateTimeOffset? until = null)
    {
        states ??= new TermStates(searcher);
        // A word analysis leaves nothing of is left out, so words and clauses stay in step.
        var analysed = query.Words.Select(w => (Typed: w, Query: LuceneQueries.Word(FreeText.WordTerm(w)))).Where(w => w.Query is not null).ToList();
        var typed = analysed.Select(w => w.Typed).ToList();
        var words = analysed.Select(w => w.Query!).ToList();
        var strict = LuceneQueries.Build(query, since, until: until);
        if (words.Count <= 1)
        {
            return new Decision(strict, SearchMode.AllWords, words.Count, all, strict);
        }

        // The highest minimum from about two thirds down that leaves a pool of papers to rank, each count stopping at the pool.
        var relaxed = BestMatchQuery.Build(states, typed, words, 1);
        var counts = new WordCounts(searcher, states.Prepare(relaxed), since, until);
        var cap = Math.Max(RelaxedPool, all + 1);
        var start = Math.Min(words.Count - 1, (int)Math.Ceiling(words.Count * 2 / 3.0));
        var (minimum, found) = (start, 0);
        for (; minimum >= 1; minimum--)
        {
            found = counts.AtLeast(minimum, cap);
            if (found >= RelaxedPool || minimum == 1)
            {
                break;
            }
        }

        if (found == all)
        {
            // Relaxing finds nothing more: every paper with enough of the words has them all.
            return new Decision(strict, SearchMode.AllWords, words.Count, all, strict);
        }

        var match = new CoverageQuery(relaxed.Clauses, relaxed.Weights, minimum);
        return new Decision(LuceneQueries.Filtered(match, since, until), SearchMode.BestMatch, minimum, all, strict)
        {
            Closest = LuceneQueries.Filtered(match.FewerThanAll(), since, until),
        };
    }

    /// <param name="Match">What matches: every word, or at least <paramref name="MinimumWords"/> of them.</param>
    /// <param name="AllWordsHits">How many papers (in the date window) hold every word.</param>
    /// <param name="AllWords">The query requiring every word (in the date window).</param>
    internal sealed record Decision(Query Match, SearchMode Mode, int MinimumWords, int AllWordsHits, Query AllWords)
    {
        /// <summary>Best match's papers without those holding every word (in the date window); null in the other modes.</summary>
        public Query? Closest { get; init; }
    }
}
