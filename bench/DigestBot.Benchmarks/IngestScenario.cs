using System.Diagnostics;
using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Search;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks;

/// <summary>
/// Bulk ingest of the corpus' snapshot file through the app's import path: into LiteDB alone, into LiteDB and the
/// search index together (what <c>digestbot import</c> does), and the index alone (rebuilt from LiteDB, what
/// <c>reindex</c> does); median of three up to 100k papers, once above. Baselines from the same run: parsing alone,
/// and SQLite FTS5 loading the same papers. Then commit-to-searchable latency of a 1,500-paper daily batch.
/// </summary>
internal static class IngestScenario
{
    private const int DailyBatch = 1500;

    public static async Task<IReadOnlyList<Result>> RunAsync(BenchRun run)
    {
        var snapshot = run.Snapshot();
        var n = run.Papers;
        var repeats = n <= 100_000 && !run.Options.Quick ? 3 : 1;
        var times = repeats == 1 ? "once" : $"median of {repeats}";

        run.Progress($"ingest: baseline, parsing the snapshot alone ({times})");
        var parse = await Median(repeats, _ =>
        {
            var clock = Stopwatch.StartNew();
            _ = SnapshotWriter.Read(snapshot, run.SeenAt).Count();
            return Task.FromResult(clock.Elapsed);
        });

        run.Progress($"ingest: into LiteDB alone ({times})");
        var lite = await Median(repeats, async _ =>
        {
            var data = Path.Combine(run.Work, "ingest-litedb");
            var elapsed = await ImportAsync(run, data, withSearch: false);
            Directory.Delete(data, recursive: true);
            return elapsed;
        });

        run.Progress($"ingest: into LiteDB and the search index together, the app's path ({times})");
        TimeSpan together;
        using (run.Memory.Phase("ingest, LiteDB + index"))
        {
            together = await Median(repeats, async i =>
            {
                var data = Path.Combine(run.Work, $"ingest-full-{i}");
                var elapsed = await ImportAsync(run, data, withSearch: true);
                if (i < repeats - 1)
                {
                    Directory.Delete(data, recursive: true);
                }
                else
                {
                    run.Loaded(data); // the other scenarios search this one
                }

                return elapsed;
            });
        }

        var loaded = await run.LoadedAsync();
        var rebuild = await RebuildAsync(run);
        var fts5 = await Fts5Load.LoadAsync(run);

        var rate = (TimeSpan t) => n / t.TotalSeconds;
        var parsed = new Result($"parse the snapshot only ({times}; baseline)", n, parse, n, "papers/s", rate(parse), 1.0);
        var sqlite = new Result("SQLite FTS5 load, one transaction + optimize (baseline)", n, fts5.Elapsed, n, "papers/s", rate(fts5.Elapsed), 1.0);
        var full = new Result($"import into LiteDB + search index, the app's path ({times})", n, together, n, "papers/s", rate(together), null);
        var latency = await DailyBatchAsync(run, loaded);
        return
        [
            parsed,
            sqlite,
            new Result($"import into LiteDB alone ({times})", n, lite, n, "papers/s", rate(lite), null).Against(parsed),
            new Result("search index alone: rebuilt from LiteDB (reindex)", n, rebuild, n, "papers/s", rate(rebuild), null).Against(sqlite),
            full.Against(sqlite).Targeting("≥ 5,000 papers/s", 5000, atMost: false),
            full.Against(parsed) with { Name = full.Name + ", against parsing" },
            latency,
        ];
    }

    /// <summary>The search index rebuilt from every paper in the loaded data directory; shared with the start-up scenario.</summary>
    public static Task<TimeSpan> RebuildAsync(BenchRun run) => run.OnceAsync("rebuild", async () =>
    {
        var data = await run.LoadedAsync();
        run.Progress("ingest: rebuilding the search index from LiteDB (reindex)");
        await using var services = AppServices.Build(data, withSearch: true);
        var store = services.GetRequiredService<PaperStore>();
        var clock = Stopwatch.StartNew();
        services.GetRequiredService<SearchIndexSync>().Rebuild(store, new Progress<string>(run.Progress), CancellationToken.None);
        return clock.Elapsed;
    });

    /// <summary>A day's papers stored in one batch, as a poll stores them, until a search finds the last of them (median of 3).</summary>
    private static async Task<Result> DailyBatchAsync(BenchRun run, string data)
    {
        run.Progress($"ingest: commit-to-searchable latency of a {DailyBatch:N0}-paper daily batch");
        await using var services = AppServices.Build(data, withSearch: true);
        var store = services.GetRequiredService<PaperStore>();
        var search = services.GetRequiredService<SearchService>();
        search.Search(new SearchRequest(SearchQuery.Parse("warm")));
        var generator = BenchRun.Generator();
        var samples = new List<TimeSpan>();
        for (var day = 0; day < (run.Options.Quick ? 1 : 3); day++)
        {
            // Numbered past any corpus, so these are new papers, not updates.
            var batch = generator.Generate(DailyBatch, first: 1_200_000 + (day * DailyBatch)).ToList();
            var probe = new SearchRequest(SearchQuery.Parse($"ti:\"{Clean(batch[^1].Title)}\""));
            var clock = Stopwatch.StartNew();
            store.UpsertBatch(batch);
            while (!search.Search(probe).Hits.Any(h => h.Id == batch[^1].Id))
            {
                await Task.Delay(1);
            }

            samples.Add(clock.Elapsed);
        }

        var median = samples.Order().ElementAt(samples.Count / 2);
        return new Result($"commit-to-searchable, {DailyBatch:N0}-paper daily batch (median of {samples.Count})", run.Papers, median, DailyBatch, "ms", median.TotalMilliseconds, null);
    }

    private static string Clean(string title) => new([.. title.Where(c => char.IsLetterOrDigit(c) || c == ' ')]);

    private static async Task<TimeSpan> ImportAsync(BenchRun run, string data, bool withSearch)
    {
        await using var services = AppServices.Build(data, withSearch);
        var clock = Stopwatch.StartNew();
        await AppServices.ImportAsync(services, run.Snapshot(), run.Progress);
        return clock.Elapsed;
    }

    private static async Task<TimeSpan> Median(int repeats, Func<int, Task<TimeSpan>> measure)
    {
        var samples = new List<TimeSpan>();
        for (var i = 0; i < repeats; i++)
        {
            samples.Add(await measure(i));
        }

        return samples.Order().ElementAt(samples.Count / 2);
    }
}
