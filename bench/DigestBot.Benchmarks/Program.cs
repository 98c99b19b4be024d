using System.Globalization;
using System.Text.Json;
using DigestBot.Benchmarks;

// dotnet run -c Release --project bench/DigestBot.Benchmarks -- [--papers N] [--scenario snapshot-import|search|percolation]
var scenarios = new Dictionary<string, Func<int, string, Task<IReadOnlyList<Result>>>>
{
    ["snapshot-import"] = SnapshotImportScenario.RunAsync,
    ["search"] = SearchScenario.RunAsync,
    ["percolation"] = PercolationScenario.RunAsync,
};
var papers = Option("--papers", 100_000);
var scenario = Args("--scenario") ?? "snapshot-import";
if (!scenarios.TryGetValue(scenario, out var run))
{
    Console.Error.WriteLine($"unknown scenario '{scenario}' (known: {string.Join(", ", scenarios.Keys)})");
    return 2;
}

var machine = Machine.Describe();
var work = Path.Combine(Path.GetTempPath(), "digestbot-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(work);
try
{
    var results = await run(papers, work);
    Console.WriteLine($"Machine: {machine}");
    Console.WriteLine();
    Console.WriteLine("| scenario | papers | elapsed | value | ratio to baseline |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    foreach (var r in results)
    {
        var ratio = r.RatioToBaseline is { } x ? x.ToString("F2", CultureInfo.InvariantCulture) : "";
        var value = r.Value < 100 ? r.Value.ToString("N2", CultureInfo.InvariantCulture) : r.Value.ToString("N0", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Name} | {r.Papers:N0} | {r.Elapsed.TotalSeconds:F1} s | {value} {r.Unit} | {ratio} |"));
    }

    var resultsDir = Path.Combine(RepositoryPaths.Root() ?? ".", "bench", "results");
    Directory.CreateDirectory(resultsDir);
    var file = Path.Combine(resultsDir, $"{scenario}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.json");
    await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new { machine, scenario, papers, results }, new JsonSerializerOptions { WriteIndented = true }));
    Console.Error.WriteLine($"results written to {file}");
    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
}

int Option(string name, int fallback) => int.TryParse(Args(name), CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;

string? Args(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
