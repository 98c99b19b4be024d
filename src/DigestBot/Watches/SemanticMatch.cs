using System.Globalization;
using DigestBot.Semantic;

namespace DigestBot.Watches;

/// <summary>
/// A <c>like:</c> or <c>about:</c> term: the paper's vector is within <paramref name="threshold"/> of one of the seeds
/// (cosine similarity of unit vectors). Keys no term, so only another required clause narrows its candidates. A paper
/// without a vector never matches (percolation waits for vectors before it matches semantic watches).
/// </summary>
internal sealed class SemanticMatch(IReadOnlyList<WatchSeed> seeds, float threshold) : MatchNode
{
    public override IReadOnlyList<int>? Keys => null;

    public override bool Matches(PaperTerms paper) => Nearest(paper) is { } n && n.Similarity >= threshold;

    /// <summary>Why it matched: "close in meaning to 2405.13786 “The Curse of Depth …” (similarity 0.62)".</summary>
    public string Explain(PaperTerms paper) =>
        Nearest(paper) is { } n ? string.Create(CultureInfo.InvariantCulture, $"close in meaning to {n.Seed.Label} (similarity {n.Similarity:F2})") : string.Empty;

    private (WatchSeed Seed, float Similarity)? Nearest(PaperTerms paper)
    {
        if (paper.Vector is not { } vector || seeds.Count == 0)
        {
            return null;
        }

        var best = (Seed: seeds[0], Similarity: float.NegativeInfinity);
        foreach (var seed in seeds)
        {
            var similarity = Vectors.Dot(vector, seed.Vector);
            if (similarity > best.Similarity)
            {
                best = (seed, similarity);
            }
        }

        return best;
    }
}
