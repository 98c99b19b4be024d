namespace DigestBot.Benchmarks.Relevance;

/// <summary>Ways to fuse a keyword ranking (with BM25 scores) and a semantic one (with cosine similarities), compared by the bench.</summary>
internal static class Fusion
{
    /// <summary>Reciprocal rank fusion: each list gives weight / (k + rank) to what it holds.</summary>
    public static IReadOnlyList<string> Rrf(IReadOnlyList<(string Id, double Score)> keyword, IReadOnlyList<(string Id, float Similarity)> semantic, int k, double semanticWeight)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < keyword.Count; i++)
        {
            scores[keyword[i].Id] = scores.GetValueOrDefault(keyword[i].Id) + (1.0 / (k + i + 1));
        }

        for (var i = 0; i < semantic.Count; i++)
        {
            scores[semantic[i].Id] = scores.GetValueOrDefault(semantic[i].Id) + (semanticWeight / (k + i + 1));
        }

        return Best(scores);
    }

    /// <summary>
    /// A weighted sum: the keyword score over the best keyword score, and the similarity; a document missing from one
    /// list scores 0 there (below anything the list holds).
    /// </summary>
    public static IReadOnlyList<string> Weighted(IReadOnlyList<(string Id, double Score)> keyword, IReadOnlyList<(string Id, float Similarity)> semantic, double keywordWeight)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var top = keyword.Count == 0 ? 1 : keyword.Max(k => k.Score);
        foreach (var (id, score) in keyword)
        {
            scores[id] = keywordWeight * score / top;
        }

        foreach (var (id, similarity) in semantic)
        {
            scores[id] = scores.GetValueOrDefault(id) + ((1 - keywordWeight) * similarity);
        }

        return Best(scores);
    }

    private static List<string> Best(Dictionary<string, double> scores) =>
        [.. scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key)];
}
