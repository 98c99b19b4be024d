using System.Globalization;

namespace DigestBot.Watches;

/// <summary>
/// A <c>like:</c> or <c>about:</c> term: the paper is within <paramref name="threshold"/> of one of the seeds (cosine
/// similarity of unit vectors, computed for every seed at once by <see cref="SeedTable"/>). Keys no term, so only
/// another required clause narrows its candidates. A paper without a vector never matches (percolation waits for
/// vectors before it matches semantic watches).
/// </summary>
internal sealed class SemanticMatch(IReadOnlyList<WatchSeed> seeds, float threshold) : MatchNode
{
    public override IReadOnlyList<int>? Keys => null;

    public IReadOnlyList<WatchSeed> Seeds => seeds;

    /// <summary>The seeds' numbers in the <see cref="SeedTable"/> of the percolation under way.</summary>
    public int[] Numbers { get; set; } = [];

    public override bool Matches(PaperTerms paper) => Nearest(paper) is { } n && n.Similarity >= threshold;

    /// <summary>Why it matched: "close in meaning to 2405.13786 “The Curse of Depth …” (similarity 0.62)".</summary>
    public string Explain(PaperTerms paper) =>
        Nearest(paper) is { } n ? string.Create(CultureInfo.InvariantCulture, $"close in meaning to {n.Seed.Label} (similarity {n.Similarity:F2})") : string.Empty;

    private (WatchSeed Seed, float Similarity)? Nearest(PaperTerms paper)
    {
        if (!paper.HasSimilarities || Numbers.Length == 0)
        {
            return null;
        }

        var best = 0;
        for (var i = 1; i < Numbers.Length; i++)
        {
            best = paper.SimilarityTo(Numbers[i]) > paper.SimilarityTo(Numbers[best]) ? i : best;
        }

        return (seeds[best], paper.SimilarityTo(Numbers[best]));
    }
}
