namespace DigestBot.Benchmarks;

/// <summary>
/// One measured figure. <see cref="RatioToBaseline"/> is this value over the value of <see cref="Baseline"/>, measured
/// in the same run on the same corpus (for times lower is better, for rates higher); <see cref="Target"/> is the
/// issue's target where it names one, and <see cref="Met"/> whether this run met it.
/// </summary>
internal sealed record Result(string Name, int Papers, TimeSpan Elapsed, long Count, string Unit, double Value, double? RatioToBaseline)
{
    public string Scenario { get; init; } = string.Empty;

    public string? Baseline { get; init; }

    public string? Target { get; init; }

    public bool? Met { get; init; }

    /// <summary>For latencies: p50, p95, p99 and max in milliseconds, from the histogram (<see cref="Value"/> is one of them).</summary>
    public IReadOnlyDictionary<string, double>? Percentiles { get; init; }

    /// <summary>Ratios to further baselines of the same run, by their short name (the naive scans of the search scenario).</summary>
    public IReadOnlyDictionary<string, double>? OtherRatios { get; init; }

    /// <summary>This figure compared with <paramref name="baseline"/>.</summary>
    public Result Against(Result baseline) => this with { Baseline = baseline.Name, RatioToBaseline = Value / baseline.Value };

    /// <summary>This figure against a target: at most <paramref name="limit"/> (lower is better) or at least it.</summary>
    public Result Targeting(string target, double limit, bool atMost = true) =>
        this with { Target = target, Met = atMost ? Value <= limit : Value >= limit };
}
