using Lucene.Net.Search;

namespace DigestBot.Search;

/// <summary>For free text relaxing: how many papers match at least m of a list of queries, for every m.</summary>
internal static class WordCounts
{
    /// <summary>Element m is how many documents match m or more of <paramref name="queries"/> (element 0 is unused).</summary>
    public static int[] AtLeast(IndexSearcher searcher, IReadOnlyList<Query> queries)
    {
        var exactly = new int[queries.Count + 1];
        var weights = queries.Select(searcher.CreateNormalizedWeight).ToList();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var counts = new byte[reader.MaxDoc];
            foreach (var weight in weights)
            {
                // Iterating matches does not score them; deleted papers are skipped by the live-docs filter.
                var scorer = weight.GetScorer(leaf, reader.LiveDocs);
                if (scorer is null)
                {
                    continue;
                }

                for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                {
                    counts[doc]++;
                }
            }

            foreach (var count in counts)
            {
                exactly[count]++;
            }
        }

        var atLeast = new int[queries.Count + 1];
        for (var m = queries.Count; m >= 1; m--)
        {
            atLeast[m] = exactly[m] + (m < queries.Count ? atLeast[m + 1] : 0);
        }

        return atLeast;
    }
}
