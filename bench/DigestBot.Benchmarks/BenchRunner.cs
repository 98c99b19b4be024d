using System.Text.Json;

namespace DigestBot.Benchmarks;

/// <summary>Runs the chosen scenarios on one shared corpus, in the order, and writes the report.</summary>
internal static class BenchRunner
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly Dictionary<string, Func<BenchRun, Task<IReadOnlyList<Result>>>> Scenarios = new()
    {
        ["ingest"] = IngestScenario.RunAsync,
        ["search"] = SearchScenario.RunAsync,
        ["percolation"] = PercolationScenario.RunAsync,
        ["startup"] = StartupScenario.RunAsync,
        ["memory"] = MemoryScenario.RunAsync,
        ["fan-out"] = FanOutScenario.RunAsync,
        ["soak"] = SoakScenario.RunAsync,
        ["relevance"] = RelevanceScenario.RunAsync,
        ["embedding"] = Semantic.EmbeddingScenario.RunAsync,
        ["semantic"] = Semantic.SemanticScenario.RunAsync,
        ["dashboard"] = DashboardScenario.RunAsync,
    };

    public static async Task<(BenchReport Report, string File)> RunAsync(BenchOptions options, TextWriter progress)
    {
        var started = DateTimeOffset.UtcNow;

        // Described as the run starts: a run takes up to hours, and the commit checked out by its end may be a later one.
        var machine = Machine.Describe();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var results = new List<Result>();
        var failures = new List<string>();
        using var run = new BenchRun(options, Path.Combine(Path.GetTempPath(), "digestbot-bench", Guid.NewGuid().ToString("N")), progress);
        if (options.Run.Any(n => !BenchOptions.OwnCorpus.Contains(n)))
        {
            run.Snapshot();
        }

        foreach (var name in BenchOptions.Scenarios.Concat(BenchOptions.OnRequest).Where(options.Run.Contains))
        {
            run.Progress($"== {name} ==");
            try
            {
                results.AddRange((await Scenarios[name](run)).Select(r => r with { Scenario = name }));
            }
            catch (Exception e)
            {
                // One broken scenario must not lose what the others measured in a long run; it is reported and fails the run.
                failures.Add($"{name}: {e.GetType().Name}: {e.Message}");
                run.Progress($"{name} failed: {e}");
            }
        }

        var report = new BenchReport(machine, started, clock.Elapsed, run.Papers, run.CorpusName, options.Note, options.Run, results, failures) { Soak = run.Soak };
        var directory = options.ResultsDirectory ?? Path.Combine(RepositoryPaths.Root() ?? ".", "bench", "results");
        Directory.CreateDirectory(directory);
        var prefix = options.Run.All(n => n == "soak") ? $"soak-{options.Cycles}"
            : options.Run.All(n => n == "dashboard") ? $"dashboard-{options.Papers}"
            : options.Run is [var only] && BenchOptions.OwnCorpus.Contains(only) ? only
            : $"bench-{options.Papers}";
        var file = Path.Combine(directory, $"{prefix}-{started:yyyyMMdd-HHmmss}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(report, Indented));
        return (report, file);
    }
}
