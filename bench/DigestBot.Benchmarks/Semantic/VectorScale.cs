using System.Diagnostics;
using DigestBot.Semantic;

namespace DigestBot.Benchmarks.Semantic;

/// <summary>
/// The semantic search at scale: N synthetic vectors (default 1,000,000) in the app's <see cref="VectorSet"/>, the memory
/// they take (GC heap growth, and the set's own count), and the latency of a top-100 search (what a hybrid search asks
/// for) with 1 and 2 clients, plain and within a date window, beside one exact pass over every vector (the baseline),
/// and whether the app's two passes answered every query as that pass does.
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
        var twoPassFrom = set.TwoPassFrom;
        results.Add(Agreement(set, queries, n));
        foreach (var clients in new[] { 1, 2 })
        {
            // A warm-up round, then the timed rounds of a top-100 query, with the set searched from twoPassFrom on.
            Result Timed(string name, int from)
            {
                set.TwoPassFrom = from;
                SearchScenario.Time(queries, 1, _ => q => set.Search(q, 100).Hits.Count, clients);
                var row = SearchScenario.Row(name, clients, SearchScenario.Time(queries, run.Options.Quick ? 1 : 3, _ => q => set.Search(q, 100).Hits.Count, clients), n, Queries);
                set.TwoPassFrom = twoPassFrom;
                return row with { Value = row.Percentiles!["p99"] };
            }

            // The baseline: one exact pass over every vector (what the app did before the two passes).
            var onePass = Timed($"semantic query, one exact 8-bit pass over {n:N0} vectors, top 100 (baseline)", int.MaxValue);
            results.Add(onePass);
            var plain = Timed($"semantic query, exact 8-bit search of {n:N0} vectors (coarse pass first from {twoPassFrom:N0}), top 100", twoPassFrom);
            results.Add(Targeted(plain).Against(onePass));
            var windowed = SearchScenario.Row($"semantic query within the last year, {n:N0} vectors, top 100", clients, SearchScenario.Time(queries, 1, _ => q => set.Search(q, 100, since: year).Hits.Count, clients), n, Queries);
            results.Add(Targeted(windowed));
            run.Progress($"semantic: {plain.Name}: p50 {plain.Percentiles!["p50"]:F1} ms, p99 {plain.Percentiles["p99"]:F1} ms");
        }

        return results;
    }

    /// <summary>
    /// How many of the queries the two-pass search answers otherwise than one exact pass (the same papers, the same
    /// similarities, the same count at a floor); what it must be is 0.
    /// </summary>
    private static Result Agreement(VectorSet set, List<float[]> queries, int n)
    {
        var twoPassFrom = set.TwoPassFrom;
        var clock = Stopwatch.StartNew();
        var differ = 0;
        foreach (var query in queries)
        {
            set.TwoPassFrom = int.MaxValue;
            var one = set.Search(query, 100, floor: 0.15f);
            set.TwoPassFrom = 0;
            var two = set.Search(query, 100, floor: 0.15f);
            differ += one.AtLeastFloor == two.AtLeastFloor && one.Hits.Select(h => h.Similarity).SequenceEqual(two.Hits.Select(h => h.Similarity)) ? 0 : 1;
        }

        set.TwoPassFrom = twoPassFrom;
        return new Result($"queries the two passes answered otherwise than one exact pass (top 100 and the count above 0.15), of {queries.Count}", n, clock.Elapsed, queries.Count, "queries", differ, null)
            .Targeting("0", 0);
    }

    private static Result Targeted(Result row) =>
        row.Targeting("p99 < 50 ms at 1M", 50) with { Value = row.Percentiles!["p99"], Met = row.Percentiles["p99"] < 50 };
}
