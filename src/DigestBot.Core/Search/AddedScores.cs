using Lucene.Net.Search;

namespace DigestBot.Search;

/// <summary>
/// Adds a second query's scores to hits already found, as that query beside the first would have added them, and
/// keeps the best. Lucene.NET's QueryRescorer does this but fails on a segment where the second query matches nothing.
/// </summary>
internal static class AddedScores
{
    public static TopDocs Add(IndexSearcher searcher, TopDocs hits, Query query, int top)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var byDoc = hits.ScoreDocs.OrderBy(h => h.Doc).ToList();
        var leaves = searcher.IndexReader.Leaves;
        var (leaf, end, scored) = (-1, 0, -1);
        Scorer? scorer = null;
        foreach (var hit in byDoc)
        {
            while (hit.Doc >= end)
            {
                leaf++;
                end = leaves[leaf].DocBase + leaves[leaf].Reader.MaxDoc;
            }

            if (scored != leaf)
            {
                // Only segments holding a hit: a scorer opens the postings of each of the query's terms there.
                scorer = weight.GetScorer(leaves[leaf], leaves[leaf].AtomicReader.LiveDocs);
                scored = leaf;
            }

            var target = hit.Doc - leaves[leaf].DocBase;
            if (scorer is not null && (scorer.DocID >= target || scorer.Advance(target) != DocIdSetIterator.NO_MORE_DOCS) && scorer.DocID == target)
            {
                hit.Score += scorer.GetScore();
            }
        }

        // Lucene's collector orders equal scores by document, lowest first.
        ScoreDoc[] best = [.. hits.ScoreDocs.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Take(top)];
        return new TopDocs(hits.TotalHits, best, best.Length > 0 ? best[0].Score : float.NaN);
    }
}
