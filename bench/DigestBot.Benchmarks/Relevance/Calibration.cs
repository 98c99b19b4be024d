namespace DigestBot.Benchmarks.Relevance;

/// <summary>
/// Where a similarity threshold should sit, from judged pairs: over every (question, document) pair, or every pair of
/// documents, those judged related and the rest, the threshold that gives the best F1 (a match is a pair at or above
/// it), and its precision and recall. What semantic watches and the semantic part of a search take as "close".
/// </summary>
internal static class Calibration
{
    public static (double Threshold, double Precision, double Recall) BestF1(IReadOnlyList<(float Similarity, bool Related)> pairs)
    {
        var sorted = pairs.OrderByDescending(p => p.Similarity).ToList();
        var related = sorted.Count(p => p.Related);
        var best = (Threshold: 1.0, Precision: 0.0, Recall: 0.0, F1: 0.0);
        var hits = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            hits += sorted[i].Related ? 1 : 0;
            if (i + 1 < sorted.Count && sorted[i + 1].Similarity == sorted[i].Similarity)
            {
                continue;
            }

            var precision = hits / (double)(i + 1);
            var recall = related == 0 ? 0 : hits / (double)related;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (f1 > best.F1)
            {
                best = (sorted[i].Similarity, precision, recall, f1);
            }
        }

        return (best.Threshold, best.Precision, best.Recall);
    }
}
