using System.Globalization;

namespace DigestBot.Benchmarks;

/// <summary>
/// Start-up on the imported corpus: the real <c>digestbot search QUERY --data DIR</c> from process start to the
/// answer printed and the process gone (opening LiteDB and the index, one ranked search with snippets), three
/// times; and the search index rebuilt from LiteDB (what a lost or outdated index costs at start-up).
/// </summary>
internal static class StartupScenario
{
    public static async Task<IReadOnlyList<Result>> RunAsync(BenchRun run)
    {
        var data = await run.LoadedAsync();
        var starts = await StartsAsync(run, data);
        var rebuild = await IngestScenario.RebuildAsync(run);
        var median = starts.Order().ElementAt(starts.Count / 2);
        var n = run.Papers;
        return
        [
            new Result($"process start to first search answered, digestbot CLI (median of {starts.Count}; slowest {starts.Max().TotalMilliseconds:N0} ms)", n, median, starts.Count, "ms", median.TotalMilliseconds, null)
                .Targeting("< 3 s", 3000),
            new Result("search index rebuilt from LiteDB", n, rebuild, n, "s", rebuild.TotalSeconds, null),
        ];
    }

    /// <summary>Three cold process starts against the data directory; shared with the memory scenario, which reads their peak.</summary>
    public static Task<List<TimeSpan>> StartsAsync(BenchRun run, string data) => run.OnceAsync("starts", async () =>
    {
        var (words, _) = run.Vocabulary();
        var query = string.Create(CultureInfo.InvariantCulture, $"{words.AtRank(700)} {words.AtRank(2100)}");
        var starts = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            run.Progress($"startup: digestbot search \"{query}\" --data … (run {i + 1} of 3)");
            var (elapsed, exit, output, errors) = await AppProcess.RunAsync("search", query, "--data", data, "--json");
            if (exit != 0 || !output.TrimStart().StartsWith('['))
            {
                throw new InvalidOperationException($"digestbot search exited {exit}: {errors.Trim().Split('\n')[0]}");
            }

            starts.Add(elapsed);
        }

        return starts;
    });
}
