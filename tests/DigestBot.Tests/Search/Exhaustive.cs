using DigestBot.Search;
using Lucene.Net.Search;

namespace DigestBot.Tests.Search;

/// <summary>
/// Best match's decision as it was first built, the tests' reference: every paper holding any word counted, for every
/// m, then the highest minimum from about two thirds down that leaves <see cref="FreeTextSearch.RelaxedPool"/> papers.
/// </summary>
internal static class Exhaustive
{
    /// <summary>Element m is how many papers (in the window) hold at least m of the words.</summary>
    public static int[] AtLeast(IndexSearcher searcher, IReadOnlyList<Query> words, DateTimeOffset? since)
    {
        var held = new Dictionary<int, int>();
        foreach (var word in words)
        {
            foreach (var hit in searcher.Search(LuceneQueries.Filtered(word, since), Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs)
            {
                held[hit.Doc] = held.GetValueOrDefault(hit.Doc) + 1;
            }
        }

        return [.. Enumerable.Range(0, words.Count + 1).Select(m => held.Values.Count(n => n >= m))];
    }

    public static (SearchMode Mode, int Minimum) Decide(int[] atLeast, int all)
    {
        var n = atLeast.Length - 1;
        var start = Math.Min(n - 1, (int)Math.Ceiling(n * 2 / 3.0));
        var minimum = Enumerable.Range(1, start).Reverse().FirstOrDefault(m => atLeast[m] >= FreeTextSearch.RelaxedPool, 1);
        return atLeast[minimum] == all ? (SearchMode.AllWords, n) : (SearchMode.BestMatch, minimum);
    }
}
