using DigestBot.Benchmarks.Relevance;

namespace DigestBot.Benchmarks.Tests;

public sealed class CalibrationTests
{
    // Ten related pairs at 0.10, 0.20, …, 1.00 and four unrelated ones.
    private static readonly (float Similarity, bool Related)[] Pairs =
    [
        .. Enumerable.Range(1, 10).Select(i => (i / 10f, true)),
        (0.05f, false), (0.15f, false), (0.35f, false), (0.95f, false),
    ];

    [Fact]
    public void The_recall_floor_is_the_highest_similarity_keeping_that_share_of_the_related_pairs()
    {
        var (ninety, below) = Calibration.RecallFloor(Pairs, 0.9);
        var (all, allBelow) = Calibration.RecallFloor(Pairs, 1.0);

        Assert.Equal(0.2f, (float)ninety);
        Assert.Equal(0.5, below); // 0.05 and 0.15 of the four unrelated pairs
        Assert.Equal(0.1f, (float)all);
        Assert.Equal(0.25, allBelow);
        Assert.True(double.IsNaN(Calibration.RecallFloor([(0.5f, false)], 0.95).Threshold));
    }

    [Fact]
    public void At_a_threshold_it_counts_the_related_pairs_kept_and_the_unrelated_left_out()
    {
        var (above, under) = Calibration.At(Pairs, 0.3);

        Assert.Equal(0.8, above, 6);
        Assert.Equal(0.5, under, 6);
    }
}
