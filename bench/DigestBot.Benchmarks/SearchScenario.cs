using System.Diagnostics;
using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks;

/// <summary>
/// Search latency at scale: arXiv-shaped papers (words drawn with the Zipf law fitted to the real abstracts in
/// ../shared/data) stored through the real store, which indexes them in Lucene batch by batch; then one client
/// runs a seeded query mix through <see cref="SearchService"/> (parsing, ranking, top 10, highlighted snippets)
/// and the same queries through raw SQLite FTS5 on the same papers, alternating rounds, in the same run.
/// </summary>
internal static class SearchScenario
{
    private const int Seed = 42;
    private const int Queries = 200;
    private const int Rounds = 5;
    private const int BatchSize = 5000;

    public static Task<IReadOnlyList<Result>> RunAsync(int count, string work)
    {
        var random = new Random(Seed);
        var words = WordModel.Learn(RealAbstracts(), random);
        Console.Error.WriteLine($"search: {words.ObservedWords:N0} words seen in the real abstracts, Zipf exponent {words.Exponent:F2}, vocabulary {WordModel.VocabularySize:N0}");
        var generator = new ArxivPaperGenerator(words, Seed);
        var papers = generator.Generate(count).ToList();

        Console.Error.WriteLine($"search: storing {count:N0} papers in LiteDB, indexed by Lucene at each batch of {BatchSize:N0}");
        using var services = Services(Path.Combine(work, "data"));
        var store = services.GetRequiredService<PaperStore>();
        var ingest = Stopwatch.StartNew();
        foreach (var batch in papers.Chunk(BatchSize))
        {
            store.UpsertBatch(batch);
        }

        ingest.Stop();
        var search = services.GetRequiredService<SearchService>();
        var indexBytes = DirectoryBytes(services.GetRequiredService<SearchIndex>().Path);

        Console.Error.WriteLine("search: loading the same papers into SQLite FTS5");
        var ftsPath = Path.Combine(work, "fts5.db");
        using var fts = new Fts5Baseline(ftsPath);
        var load = Stopwatch.StartNew();
        fts.Load(papers);
        load.Stop();

        var queries = BenchQueries.Generate(words, papers, generator.FamilyNames, Queries, Seed);
        var parsed = queries.Select(q => new SearchRequest(SearchQuery.Parse(q.Query))).ToList();
        Console.Error.WriteLine($"search: {Queries} queries × {Rounds} rounds per engine, after one warm-up round each");
        var lucene = new List<double>();
        var sqlite = new List<double>();
        long luceneHits = 0, sqliteHits = 0;
        for (var round = 0; round <= Rounds; round++)
        {
            var (l, lh) = Time(parsed, r => search.Search(r).Hits.Count);
            var (s, sh) = Time(queries, q => fts.Search(q.Fts5));
            if (round > 0)
            {
                lucene.AddRange(l);
                sqlite.AddRange(s);
                luceneHits += lh;
                sqliteHits += sh;
            }
        }

        var ftsBytes = new FileInfo(ftsPath).Length;
        IReadOnlyList<Result> results =
        [
            new("search p50, SQLite FTS5 (baseline)", count, TimeSpan.Zero, sqlite.Count, "ms", Percentile(sqlite, 50), 1.0),
            new("search p50, DigestBot (Lucene.NET)", count, TimeSpan.Zero, lucene.Count, "ms", Percentile(lucene, 50), Percentile(lucene, 50) / Percentile(sqlite, 50)),
            new("search p99, SQLite FTS5 (baseline)", count, TimeSpan.Zero, sqlite.Count, "ms", Percentile(sqlite, 99), 1.0),
            new("search p99, DigestBot (Lucene.NET)", count, TimeSpan.Zero, lucene.Count, "ms", Percentile(lucene, 99), Percentile(lucene, 99) / Percentile(sqlite, 99)),
            new("hits returned per query, SQLite FTS5", count, TimeSpan.Zero, sqlite.Count, "hits", (double)sqliteHits / sqlite.Count, null),
            new("hits returned per query, DigestBot", count, TimeSpan.Zero, lucene.Count, "hits", (double)luceneHits / lucene.Count, null),
            new("load, SQLite FTS5 (one transaction + optimize)", count, load.Elapsed, count, "papers/s", count / load.Elapsed.TotalSeconds, 1.0),
            new("store + index, DigestBot (LiteDB + Lucene per batch)", count, ingest.Elapsed, count, "papers/s", count / ingest.Elapsed.TotalSeconds, load.Elapsed / ingest.Elapsed),
            new("index bytes per paper, SQLite FTS5", count, TimeSpan.Zero, count, "bytes", (double)ftsBytes / count, null),
            new("index bytes per paper, Lucene", count, TimeSpan.Zero, count, "bytes", (double)indexBytes / count, null),
        ];
        return Task.FromResult(results);
    }

    private static (List<double> Milliseconds, long Hits) Time<T>(IEnumerable<T> queries, Func<T, int> run)
    {
        var times = new List<double>();
        long hits = 0;
        foreach (var q in queries)
        {
            var clock = Stopwatch.StartNew();
            hits += run(q);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return (times, hits);
    }

    private static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>The titles and abstracts of the real daily papers page: an abstract is a long line, its title the line before.</summary>
    internal static IEnumerable<string> RealAbstracts()
    {
        var lines = File.ReadAllLines(RepositoryPaths.SharedData("000_6d08c3e38cdaa7e2.txt")).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Where((l, i) => l.Length >= 300 || (i + 1 < lines.Count && lines[i + 1].Length >= 300));
    }

    private static long DirectoryBytes(string path) =>
        new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);

    private static ServiceProvider Services(string dataDirectory)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DigestBot:Storage:DataDirectory"] = dataDirectory,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(config).AddLogging();
        services.AddStorage().AddPapers().AddSearch();
        return services.BuildServiceProvider();
    }
}
