using System.Diagnostics;
using DigestBot.Semantic;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks.Semantic;

/// <summary>
/// Whether semantic search slows ingest: the corpus' first papers (at most 100,000) imported through the app's path
/// with semantic search off, on (the store's writes queued for vectors), and on with the background embedding running
/// meanwhile on its thread at the lowest priority, as in a running bot (every paper in the window: the worst case).
/// </summary>
internal static class SemanticIngest
{
    public static async Task<IReadOnlyList<Result>> MeasureAsync(BenchRun run)
    {
        var n = Math.Min(run.Papers, run.Options.Quick ? 5_000 : 100_000);
        var snapshot = Path.Combine(run.Work, "semantic-ingest.jsonl");
        SnapshotWriter.Write(snapshot, run.Corpus().Take(n));
        var off = await ImportAsync(run, snapshot, "off", enabled: false, worker: false);
        var on = await ImportAsync(run, snapshot, "on, queued", enabled: true, worker: false);
        var background = await ImportAsync(run, snapshot, "on, embedding in the background", enabled: true, worker: true);
        var baseline = Row("semantic search off (baseline)", n, off.Elapsed) with { RatioToBaseline = 1.0 };
        return
        [
            baseline,
            Row("semantic search on, papers queued for vectors", n, on.Elapsed).Against(baseline),
            Row($"semantic search on, background embedding running ({background.Embedded:N0} papers embedded meanwhile)", n, background.Elapsed).Against(baseline)
                .Targeting("unchanged (≥ 0.9× off)", 0.9 * baseline.Value, atMost: false),
        ];
    }

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
