namespace DigestBot.Benchmarks.Relevance;

/// <summary>nDCG@k with linear gains, as trec_eval's <c>ndcg_cut</c> (and BEIR) compute it: unjudged documents gain 0.</summary>
internal static class Ndcg
{
    public static double At(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> gains)
    {
        var dcg = ranked.Take(k).Select((id, i) => gains.GetValueOrDefault(id) / Math.Log2(i + 2)).Sum();
        var ideal = gains.Values.Where(g => g > 0).OrderDescending().Take(k).Select((g, i) => g / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }
}
