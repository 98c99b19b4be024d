using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DigestBot.Search;

/// <summary>
/// For free text relaxing: how many papers (in the date window) hold at least m of the question's words, counted only
/// as far as the decision needs (<see cref="AtLeast"/> stops at a cap). For a high m the papers are few and
/// <see cref="CoverageScorer"/> finds them from the rarest words' postings; for a low m they are many and the cap comes
/// soon. Counting every paper for every m walked each word's whole postings: at 1M papers, hundreds of thousands for
/// a common word, on every question that relaxed.
/// </summary>
internal sealed class WordCounts
{
    private readonly CoverageWeight _weight;
    private readonly List<(AtomicReaderContext Leaf, IBits? Accept)> _leaves = [];

    public WordCounts(IndexSearcher searcher, CoverageQuery words, DateTimeOffset? since, DateTimeOffset? until = null)
    {
        _weight = (CoverageWeight)searcher.CreateNormalizedWeight(words);
        var window = LuceneQueries.Published(since, until);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            if (window is null)
            {
                _leaves.Add((leaf, live));
            }
            else if (window.GetDocIdSet(leaf, live) is { } set && set.GetIterator() is { } iterator)
            {
                // The window as the documents a scorer may return (live ones only: the filter was given them).
                var bits = new FixedBitSet(leaf.AtomicReader.MaxDoc);
                bits.Or(iterator);
                _leaves.Add((leaf, bits));
            }
        }
    }

    /// <summary>How many papers hold at least <paramref name="minimum"/> of the words, or <paramref name="cap"/> when that many or more do.</summary>
    public int AtLeast(int minimum, int cap)
    {
        var count = 0;
        foreach (var (leaf, accept) in _leaves)
        {
            var scorer = _weight.GetScorer(leaf, accept!, minimum);
            while (scorer is not null && count < cap && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                count++;
            }

            if (count >= cap)
            {
                return cap;
            }
        }

        return count;
    }
}
