using System.Diagnostics;
using DigestBot.Semantic;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks.Semantic;

/// <summary>
/// Whether semantic search slows ingest: the corpus' first papers (at most 50,000) imported through the app's path
/// with semantic search off, on (the store's writes queued for vectors), and on with the background embedding running
/// meanwhile on its thread at the lowest priority, as in a running bot (every paper in the window: the worst case).
/// </summary>
internal static class SemanticIngest
{
    public static async Task<IReadOnlyList<Result>> MeasureAsync(BenchRun run)
    {
        var n = Math.Min(run.Papers, run.Options.Quick ? 5_000 : 50_000);
        var snapshot = Path.Combine(run.Work, "semantic-ingest.jsonl");
        SnapshotWriter.Write(snapshot, run.Corpus().Take(n));

        // Interleaved rounds, the median of each: the machine's other load changes from minute to minute.
        var rounds = run.Options.Quick ? 1 : 3;
        var (off, on, background) = (new List<TimeSpan>(), new List<TimeSpan>(), new List<TimeSpan>());
        var embedded = 0;
        for (var round = 0; round < rounds; round++)
        {
            off.Add((await ImportAsync(run, snapshot, "off", enabled: false, worker: false)).Elapsed);
            on.Add((await ImportAsync(run, snapshot, "on, queued", enabled: true, worker: false)).Elapsed);
            var measured = await ImportAsync(run, snapshot, "on, embedding in the background", enabled: true, worker: true);
            background.Add(measured.Elapsed);
            embedded += measured.Embedded;
        }

        var times = rounds == 1 ? "once" : $"median of {rounds}, interleaved";
        var baseline = Row($"semantic search off ({times}; baseline)", n, Median(off)) with { RatioToBaseline = 1.0 };
        return
        [
            baseline,
            Row($"semantic search on, papers queued for vectors ({times})", n, Median(on)).Against(baseline),
            Row($"semantic search on, background embedding running ({times}; {embedded / rounds:N0} papers embedded meanwhile a round: it waits while the store is written)", n, Median(background)).Against(baseline)
                .Targeting("unchanged (≥ 0.9× off)", 0.9 * baseline.Value, atMost: false),
        ];
    }

    private static TimeSpan Median(List<TimeSpan> samples) => samples.Order().ElementAt(samples.Count / 2);

    private static Result Row(string what, int n, TimeSpan elapsed) =>
        new($"ingest {n:N0} papers (LiteDB + search index), {what}", n, elapsed, n, "papers/s", n / elapsed.TotalSeconds, null);

    private static async Task<(TimeSpan Elapsed, int Embedded)> ImportAsync(BenchRun run, string snapshot, string name, bool enabled, bool worker)
    {
        var data = Path.Combine(run.Work, "semantic-ingest-" + name.Replace(' ', '-').Replace(",", string.Empty, StringComparison.Ordinal));
        var measured = await MeasureAsync(run, snapshot, name, data, enabled, worker);
        Directory.Delete(data, recursive: true);
        return measured;
    }

    private static async Task<(TimeSpan Elapsed, int Embedded)> MeasureAsync(BenchRun run, string snapshot, string name, string data, bool enabled, bool worker)
    {
        var settings = new Dictionary<string, string?> { ["DigestBot:Semantic:Enabled"] = enabled ? "true" : "false", ["DigestBot:Semantic:Since"] = "all" };
        await using var services = AppServices.Build(data, withSearch: true, settings: settings);
        var embedding = worker ? ActivatorUtilities.CreateInstance<EmbeddingWorker>(services) : null;
        if (embedding is not null)
        {
            await embedding.StartAsync(CancellationToken.None);
        }

        run.Progress($"semantic: importing with semantic search {name}");
        var clock = Stopwatch.StartNew();
        await AppServices.ImportAsync(services, snapshot, _ => { });
        var elapsed = clock.Elapsed;
        var embedded = 0;
        if (embedding is not null)
        {
            embedded = services.GetRequiredService<SemanticIndex>().Count;
            await embedding.StopAsync(CancellationToken.None);
        }

        run.Progress($"semantic: {name}: {elapsed.TotalSeconds:F1} s{(worker ? $", {embedded:N0} embedded meanwhile" : string.Empty)}");
        return (elapsed, embedded);
    }
}
