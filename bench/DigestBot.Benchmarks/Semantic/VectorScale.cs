using System.Diagnostics;
using DigestBot.Semantic;

namespace DigestBot.Benchmarks.Semantic;

/// <summary>
/// The exact scan at scale: N synthetic vectors (default 1,000,000) in the app's <see cref="VectorSet"/>, the memory
/// they take (GC heap growth, and the set's own count), and the latency of a top-100 search (what a hybrid search asks
/// for) with 1 and 2 clients, plain and within a date window.
/// </summary>
internal static class VectorScale
{
    private const int Queries = 200;

    public static IReadOnlyList<Result> Measure(BenchRun run)
    {
        var n = run.Options.Quick ? 20_000 : run.Options.Vectors;
        var random = new Random(BenchRun.Seed);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var set = new VectorSet();
        var clock = Stopwatch.StartNew();
        var now = run.SeenAt.ToUnixTimeSeconds();
        for (var start = 0; start < n; start += 10_000)
        {
            set.Put([.. Enumerable.Range(start, Math.Min(10_000, n - start)).Select(i => SyntheticVectors.Stored($"{2401 + (i / 100_000)}.{i % 100_000:D5}", now - (i % 730 * 86_400L), random))]);
        }

        var built = clock.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        run.Progress($"semantic: {n:N0} synthetic vectors in {built.TotalSeconds:F1} s, {(after - before) / 1048576.0:F0} MiB of heap");
        var queries = Enumerable.Range(0, Queries).Select(_ => SyntheticVectors.Next(random)).ToList();
        var year = now - (365 * 86_400L);
        var results = new List<Result>
        {
            new($"memory of {n:N0} vectors (GC heap growth: 8-bit codes, scale, dates, keys, slot map)", n, built, n, "MiB", (after - before) / 1048576.0, null),
            new($"memory per vector", n, built, n, "bytes", (double)(after - before) / n, null),
        };
        foreach (var clients in new[] { 1, 2 })
        {
            SearchScenario.Time(queries, 1, _ => q => set.Search(q, 100).Hits.Count, clients);
            var plain = SearchScenario.Row($"semantic query, exact 8-bit scan of {n:N0} vectors, top 100", clients, SearchScenario.Time(queries, run.Options.Quick ? 1 : 3, _ => q => set.Search(q, 100).Hits.Count, clients), n, Queries);
            results.Add(Targeted(plain));
            var windowed = SearchScenario.Row($"semantic query within the last year, {n:N0} vectors, top 100", clients, SearchScenario.Time(queries, 1, _ => q => set.Search(q, 100, since: year).Hits.Count, clients), n, Queries);
            results.Add(Targeted(windowed));
            run.Progress($"semantic: {plain.Name}: p50 {plain.Percentiles!["p50"]:F1} ms, p99 {plain.Percentiles["p99"]:F1} ms");
        }

        return results;
    }

    private static Result Targeted(Result row) =>
        row.Targeting("p99 < 50 ms at 1M", 50) with { Value = row.Percentiles!["p99"], Met = row.Percentiles["p99"] < 50 };
}
