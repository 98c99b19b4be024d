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

    /// <summary>
    /// The highest threshold that keeps at least <paramref name="recall"/> of the related pairs (a floor below which a
    /// pair is very unlikely to be related), and the share of the unrelated pairs below it.
    /// </summary>
    public static (double Threshold, double UnrelatedBelow) RecallFloor(IReadOnlyList<(float Similarity, bool Related)> pairs, double recall)
    {
        var related = pairs.Where(p => p.Related).Select(p => p.Similarity).OrderDescending().ToList();
        if (related.Count == 0)
        {
            return (double.NaN, double.NaN);
        }

        var threshold = related[Math.Min(related.Count - 1, (int)Math.Ceiling(recall * related.Count) - 1)];
        var unrelated = pairs.Where(p => !p.Related).ToList();
        return (threshold, unrelated.Count == 0 ? double.NaN : unrelated.Count(p => p.Similarity < threshold) / (double)unrelated.Count);
    }

    /// <summary>The share of the related pairs at or above <paramref name="threshold"/>, and of the unrelated ones below it.</summary>
    public static (double RelatedAbove, double UnrelatedBelow) At(IReadOnlyList<(float Similarity, bool Related)> pairs, double threshold)
    {
        var related = pairs.Count(p => p.Related);
        var unrelated = pairs.Count - related;
        return (related == 0 ? double.NaN : pairs.Count(p => p.Related && p.Similarity >= threshold) / (double)related,
            unrelated == 0 ? double.NaN : pairs.Count(p => !p.Related && p.Similarity < threshold) / (double)unrelated);
    }
}
