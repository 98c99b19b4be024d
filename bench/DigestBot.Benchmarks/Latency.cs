using HdrHistogram;

namespace DigestBot.Benchmarks;

/// <summary>Latencies in an HdrHistogram (microseconds, 3 significant digits, up to an hour): tails without keeping every sample.</summary>
internal sealed class Latency
{
    private readonly LongHistogram _histogram = new(TimeSpan.FromHours(1).Ticks / TimeSpan.TicksPerMicrosecond, 3);

    public long Count => _histogram.TotalCount;

    public void Record(TimeSpan elapsed) => _histogram.RecordValue(Math.Max(1, elapsed.Ticks / TimeSpan.TicksPerMicrosecond));

    public void Add(Latency other) => _histogram.Add(other._histogram);

    /// <summary>The latency at <paramref name="percentile"/> (100 = the maximum), in milliseconds.</summary>
    public double Milliseconds(double percentile) =>
        (percentile >= 100 ? _histogram.GetMaxValue() : _histogram.GetValueAtPercentile(percentile)) / 1000.0;
}
