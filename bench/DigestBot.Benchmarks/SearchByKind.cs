namespace DigestBot.Benchmarks;

/// <summary>
/// The search mix's 2-client tails by kind of query (<see cref="BenchQueries"/>), DigestBot's beside FTS5's for the
/// same kind in the same run: the value is the median and its ratio to FTS5's median, as in the mix's own rows, with
/// the ratio of the p99s beside it.
/// </summary>
internal static class SearchByKind
{
    public static IEnumerable<Result> Rows(IReadOnlyList<BenchQuery> queries, IReadOnlyList<(string Kind, Latency Latency)> digestBot, IReadOnlyList<(string Kind, Latency Latency)> fts5, int papers)
    {
        foreach (var (kind, latency) in digestBot)
        {
            var count = queries.Count(q => q.Kind == kind);
            var ours = Row($"by kind, DigestBot, 2 clients: {kind} ({count} queries)", latency, papers);
            if (fts5.FirstOrDefault(f => f.Kind == kind).Latency is not { } theirs)
            {
                yield return ours;
                continue;
            }

            var baseline = Row($"by kind, SQLite FTS5, 2 clients: {kind} ({count} queries)", theirs, papers) with { RatioToBaseline = 1 };
            var p99 = ours.Percentiles!["p99"] / baseline.Percentiles!["p99"];
            yield return ours.Against(baseline) with { OtherRatios = new Dictionary<string, double> { ["at p99"] = p99 } };
            yield return baseline;
        }
    }

    private static Result Row(string name, Latency latency, int papers)
    {
        var percentiles = new Dictionary<string, double>
        {
            ["p50"] = latency.Milliseconds(50),
            ["p95"] = latency.Milliseconds(95),
            ["p99"] = latency.Milliseconds(99),
            ["max"] = latency.Milliseconds(100),
        };
        return new Result(name, papers, TimeSpan.Zero, latency.Count, "ms", percentiles["p50"], null) { Percentiles = percentiles };
    }
}
