using System.Diagnostics;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks;

/// <summary>
/// Bulk import of the arXiv snapshot format into LiteDB through the real import path, against a baseline
/// measured in the same run on the same file: parsing alone, with nothing stored.
/// </summary>
internal static class SnapshotImportScenario
{
    public static async Task<IReadOnlyList<Result>> RunAsync(int papers, string work)
    {
        var file = Path.Combine(work, "snapshot.jsonl");
        Console.Error.WriteLine($"snapshot-import: writing {papers:N0} synthetic papers to {file}");
        SyntheticSnapshot.Write(file, papers);
        var size = new FileInfo(file).Length;

        Console.Error.WriteLine("snapshot-import: baseline, parse only");
        var parse = Stopwatch.StartNew();
        var parsed = 0;
        await using (var stream = File.OpenRead(file))
        {
            parsed = ArxivSnapshotParser.ReadLines(stream, DateTimeOffset.UtcNow).Count(l => l.Item is not null);
        }

        parse.Stop();

        Console.Error.WriteLine("snapshot-import: parse and store in LiteDB");
        await using var services = Services(Path.Combine(work, "data"));
        var import = Stopwatch.StartNew();
        var report = await services.GetRequiredService<ImportService>().ImportAsync(
            file, SourceFormat.ArxivSnapshot, notify: false, new Progress<string>(Console.Error.WriteLine), CancellationToken.None);
        import.Stop();
        var stored = services.GetRequiredService<PaperStore>().Count();
        var dbBytes = new FileInfo(Path.Combine(work, "data", Database.FileName)).Length;

        var baseline = parsed / parse.Elapsed.TotalSeconds;
        var rate = report.Counts.New / import.Elapsed.TotalSeconds;
        return
        [
            new("snapshot parse only (baseline)", papers, parse.Elapsed, parsed, "papers/s", baseline, 1.0),
            new("snapshot import into LiteDB", papers, import.Elapsed, stored, "papers/s", rate, rate / baseline),
            new("LiteDB bytes per paper", papers, import.Elapsed, stored, "bytes", (double)dbBytes / stored, null),
            new("snapshot file bytes per paper", papers, TimeSpan.Zero, papers, "bytes", (double)size / papers, null),
        ];
    }

    private static ServiceProvider Services(string dataDirectory)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DigestBot:Storage:DataDirectory"] = dataDirectory,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(config).AddLogging();
        services.AddStorage().AddPapers().AddSources();
        return services.BuildServiceProvider();
    }
}
