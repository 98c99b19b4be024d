using System.Globalization;
using System.Text.Json;
using DigestBot.Benchmarks;

// dotnet run -c Release --project bench/DigestBot.Benchmarks -- [--papers N] [--scenario snapshot-import]
var papers = Option("--papers", 100_000);
var scenario = Args("--scenario") ?? "snapshot-import";
if (scenario != "snapshot-import")
{
    Console.Error.WriteLine($"unknown scenario '{scenario}' (known: snapshot-import)");
    return 2;
}

var machine = Machine.Describe();
var work = Path.Combine(Path.GetTempPath(), "digestbot-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(work);
try
{
    var results = await SnapshotImportScenario.RunAsync(papers, work);
    Console.WriteLine($"Machine: {machine}");
    Console.WriteLine();
    Console.WriteLine("| scenario | papers | elapsed | value | ratio to baseline |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    foreach (var r in results)
    {
        var ratio = r.RatioToBaseline is { } x ? x.ToString("F2", CultureInfo.InvariantCulture) : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Name} | {r.Papers:N0} | {r.Elapsed.TotalSeconds:F1} s | {r.Value:N0} {r.Unit} | {ratio} |"));
    }

    var resultsDir = Path.Combine(FindRepositoryRoot() ?? ".", "bench", "results");
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

static string? FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "DigestBot.sln")))
        {
            return dir.FullName;
        }
    }

    return null;
}
