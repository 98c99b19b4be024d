using System.Diagnostics;
using DigestBot.Papers;
using DigestBot.Search;
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
        var (import, stored, dbBytes) = await ImportAsync(file, Path.Combine(work, "data"), withSearch: false);
        Console.Error.WriteLine("snapshot-import: parse, store in LiteDB and index in Lucene (what the app does)");
        var (full, _, _) = await ImportAsync(file, Path.Combine(work, "data-full"), withSearch: true);

        var baseline = parsed / parse.Elapsed.TotalSeconds;
        var rate = stored / import.TotalSeconds;
        var fullRate = stored / full.TotalSeconds;
        return
        [
            new("snapshot parse only (baseline)", papers, parse.Elapsed, parsed, "papers/s", baseline, 1.0),
            new("snapshot import into LiteDB", papers, import, stored, "papers/s", rate, rate / baseline),
            new("snapshot import into LiteDB + search index", papers, full, stored, "papers/s", fullRate, fullRate / baseline),
            new("LiteDB bytes per paper", papers, import, stored, "bytes", (double)dbBytes / stored, null),
            new("snapshot file bytes per paper", papers, TimeSpan.Zero, papers, "bytes", (double)size / papers, null),
        ];
    }

    private static async Task<(TimeSpan Elapsed, int Stored, long DbBytes)> ImportAsync(string file, string data, bool withSearch)
    {
        await using var services = Services(data, withSearch);
        var clock = Stopwatch.StartNew();
        await services.GetRequiredService<ImportService>().ImportAsync(
            file, SourceFormat.ArxivSnapshot, notify: false, new Progress<string>(Console.Error.WriteLine), CancellationToken.None);
        clock.Stop();
        return (clock.Elapsed, services.GetRequiredService<PaperStore>().Count(), new FileInfo(Path.Combine(data, Database.FileName)).Length);
    }

    private static ServiceProvider Services(string dataDirectory, bool withSearch)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DigestBot:Storage:DataDirectory"] = dataDirectory,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(config).AddLogging();
        services.AddStorage().AddPapers().AddSources();
        if (withSearch)
        {
            services.AddSearch();
        }

        return services.BuildServiceProvider();
    }
}
