namespace DigestBot.Benchmarks;

/// <summary>
/// The app's managed memory after warm-up: the samples from <see cref="WarmUpCycle"/> on, their least-squares growth
/// per cycle, and how far they stray from their mean. Warm-up is the first fifth of the run: the bounded caches fill
/// (the candidate pools, the REST buckets of the last minute, the interaction ids of the last 15 minutes), LiteDB's
/// page cache reaches its size, and the JIT has compiled what the cycles use.
/// </summary>
internal sealed record SoakGrowth(int WarmUpCycle, int Samples, double BytesPerCycle, long MinBytes, long MaxBytes, double MeanBytes)
{
    /// <summary>The largest distance of a sample from the mean, as a fraction of the mean (0.1 is ±10%).</summary>
    public double Spread => MeanBytes <= 0 ? 0 : Math.Max(MaxBytes - MeanBytes, MeanBytes - MinBytes) / MeanBytes;

    /// <summary>The warm-up cycle of a run of <paramref name="cycles"/>: its first fifth.</summary>
    public static int WarmUpOf(int cycles) => Math.Max(1, cycles / 5);

    public static SoakGrowth Of(IReadOnlyList<SoakSample> samples, int warmUpCycle)
    {
        var after = samples.Where(s => s.Cycle >= warmUpCycle).ToList();
        if (after.Count < 2)
        {
            return new SoakGrowth(warmUpCycle, after.Count, 0, after.FirstOrDefault()?.ManagedBytes ?? 0, after.FirstOrDefault()?.ManagedBytes ?? 0, after.FirstOrDefault()?.ManagedBytes ?? 0);
        }

        var meanCycle = after.Average(s => (double)s.Cycle);
        var mean = after.Average(s => (double)s.ManagedBytes);
        var covariance = after.Sum(s => (s.Cycle - meanCycle) * (s.ManagedBytes - mean));
        var variance = after.Sum(s => (s.Cycle - meanCycle) * (s.Cycle - meanCycle));
        return new SoakGrowth(
            warmUpCycle,
            after.Count,
            variance == 0 ? 0 : covariance / variance,
            after.Min(s => s.ManagedBytes),
            after.Max(s => s.ManagedBytes),
            mean);
    }
}
