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
    public static Decision Decide(IndexSearcher searcher, SearchQuery query, DateTimeOffset? since, int all)
    {
        // A word analysis leaves nothing of is left out, so words and clauses stay in step.
        var typed = query.Words.Where(w => LuceneQueries.Word(new TermNode(SearchField.Default, w)) is not null).ToList();
        var words = typed.Select(w => LuceneQueries.Word(new TermNode(SearchField.Default, w))!).ToList();
        var strict = LuceneQueries.Build(query, since);
        if (words.Count <= 1)
        {
            return new Decision(strict, SearchMode.AllWords, words.Count, all, strict);
        }

        // How many papers hold at least m of the words, for every m at once: one pass over each word's postings.
        var atLeast = WordCounts.AtLeast(searcher, typed, words, since);
        var start = Math.Min(words.Count - 1, (int)Math.Ceiling(words.Count * 2 / 3.0));
        var minimum = 1;
        for (var m = start; m >= 1; m--)
        {
            if (atLeast[m] >= RelaxedPool)
            {
                minimum = m;
                break;
            }
        }

        if (atLeast[minimum] == all)
        {
            // Relaxing finds nothing more: every paper with enough of the words has them all.
            return new Decision(strict, SearchMode.AllWords, words.Count, all, strict);
        }

        var relaxed = BestMatchQuery.Build(searcher.IndexReader, typed, words, minimum);
        return new Decision(LuceneQueries.Filtered(relaxed, since), SearchMode.BestMatch, minimum, all, strict);
    }

    /// <param name="Match">What matches: every word, or at least <paramref name="MinimumWords"/> of them.</param>
    /// <param name="AllWordsHits">How many papers (in the date window) hold every word.</param>
    /// <param name="AllWords">The query requiring every word (in the date window).</param>
    internal sealed record Decision(Query Match, SearchMode Mode, int MinimumWords, int AllWordsHits, Query AllWords);
}
