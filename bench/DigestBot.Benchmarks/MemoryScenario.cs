using DigestBot.QueryLanguage;
using DigestBot.Search;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks;

/// <summary>
/// Memory and disk: the peak working set and GC heap of each phase the run sampled (the import into LiteDB and
/// the index, serving searches), the peak resident set of the <c>digestbot</c> processes the start-up scenario ran,
/// and bytes on disk per paper for LiteDB and the index apart, beside SQLite FTS5's. Run alone, it does the import
/// and a round of searches itself.
/// </summary>
internal static class MemoryScenario
{
    private const double Limit = 1.5 * (1L << 30);

    public static async Task<IReadOnlyList<Result>> RunAsync(BenchRun run)
    {
        var data = await run.LoadedAsync();
        if (!run.Memory.Peaks.Any(p => p.Phase.StartsWith("search", StringComparison.Ordinal)))
        {
            await SearchOnceAsync(run, data);
        }

        await StartupScenario.StartsAsync(run, data);
        var fts5 = await Fts5Load.LoadAsync(run);
        var n = run.Papers;
        var results = new List<Result>();
        foreach (var peak in run.Memory.Peaks)
        {
            results.Add(new Result($"peak working set, {peak.Phase} (this process)", n, peak.Elapsed, 1, "MiB", Mib(peak.WorkingSetBytes), null)
                .Targeting("< 1.5 GiB", Mib((long)Limit)));
            results.Add(new Result($"peak GC heap, {peak.Phase}", n, peak.Elapsed, 1, "MiB", Mib(peak.GcHeapBytes), null));
        }

        if (AppProcess.PeakChildResidentBytes() is { } rss)
        {
            results.Add(new Result("peak resident set, digestbot search process (start-up scenario)", n, TimeSpan.Zero, 1, "MiB", Mib(rss), null)
                .Targeting("< 1.5 GiB", Mib((long)Limit)));
        }

        var sqlite = new Result("disk bytes per paper, SQLite FTS5 (baseline)", n, TimeSpan.Zero, n, "bytes", (double)new FileInfo(fts5.Path).Length / n, 1.0);
        var lite = AppServices.FileBytes(data);
        var index = AppServices.IndexBytes(data);
        results.Add(sqlite);
        results.Add(new Result("disk bytes per paper, LiteDB", n, TimeSpan.Zero, n, "bytes", (double)lite / n, null));
        results.Add(new Result("disk bytes per paper, search index", n, TimeSpan.Zero, n, "bytes", (double)index / n, null));
        results.Add(new Result("disk bytes per paper, LiteDB + search index", n, TimeSpan.Zero, n, "bytes", (double)(lite + index) / n, null).Against(sqlite));
        return results;
    }

    private static async Task SearchOnceAsync(BenchRun run, string data)
    {
        var (words, surnames) = run.Vocabulary();
        var queries = BenchQueries.Generate(words, run.Sample(), surnames, 500, BenchRun.Seed, run.Latest);
        await using var services = AppServices.Build(data, withSearch: true);
        var search = services.GetRequiredService<SearchService>();
        run.Progress("memory: one round of the search mix");
        using (run.Memory.Phase("search, DigestBot, 1 client"))
        {
            foreach (var q in queries)
            {
                search.Search(new SearchRequest(SearchQuery.ParseSearch(q.Query)) { Since = q.Since });
            }
        }
    }

    private static double Mib(long bytes) => bytes / (double)(1L << 20);
}
