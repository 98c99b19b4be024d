using System.Diagnostics;
using DigestBot.QueryLanguage;
using DigestBot.Search;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks;

/// <summary>
/// Search latency on the imported corpus: a fixed mix of 500 queries (<see cref="BenchQueries"/>), read as the search
/// command reads them (free text where they use no syntax), through
/// <see cref="SearchService"/> (parsing, ranking, top 10, highlighted snippets), with 1 and 2 concurrent clients,
/// against the same queries in SQLite FTS5 (BM25, <c>snippet()</c>) with as many connections, a naive LiteDB scan
/// (at 100k papers and below) and a brute-force scan of the papers held in memory, all in the same run. Tails come
/// from an HdrHistogram; each engine runs one warm-up round, then three measured rounds (one with <c>--quick</c>, and
/// one for FTS5 above 100k papers, where its queries are most of the run).
/// </summary>
internal static class SearchScenario
{
    private const int Queries = 500;
    private const int ScanQueries = 20;

    // The naive LiteDB scan reads and decodes every document per query: about 10 s a query at 100k on this machine.
    private const int LiteDbScanQueries = 4;
    private const int NaiveLiteDbUpTo = 100_000;

    public static async Task<IReadOnlyList<Result>> RunAsync(BenchRun run)
    {
        var data = await run.LoadedAsync();
        var fts5 = await Fts5Load.LoadAsync(run);
        var (words, surnames) = run.Vocabulary();
        var queries = BenchQueries.Generate(words, run.Sample(), surnames, Queries, BenchRun.Seed, run.Latest);
        var requests = queries.Select(q => new SearchRequest(SearchQuery.ParseSearch(q.Query)) { Since = q.Since }).ToList();
        var n = run.Papers;
        var results = new List<Result>();
        var questions = requests.Where((_, i) => queries[i].Kind.StartsWith("question", StringComparison.Ordinal)).ToList();

        // The same questions with a typo in their longest word: what the spelling's look-up and the search of the question
        // as the papers spell it cost.
        var typos = questions.Select(r => r with { Query = SearchQuery.ParseSearch(Typo(r.Query.Text)) }).ToList();
        Result? questionsAlone = null;
        Result? typosAlone = null;
        var rounds = run.Options.Quick ? 1 : 3;
        var spread = Spread(queries, run.Options.Quick ? 4 : ScanQueries);
        var kinds = new Dictionary<SearchRequest, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < requests.Count; i++)
        {
            kinds[requests[i]] = queries[i].Kind;
        }

        var ourKinds = new KindLatencies<SearchRequest>(r => kinds[r], 2);
        var ftsKinds = new KindLatencies<BenchQuery>(q => q.Kind, 2);

        await using (var services = AppServices.Build(data, withSearch: true))
        {
            var search = services.GetRequiredService<SearchService>();

            // As the commands search: a question with a typo is searched as the papers spell it (the look-up runs for every question).
            int Asked(SearchRequest r) => search.AsSpelled(r, q => search.Search(q)).Hits.Count;
            using (run.Memory.Phase("search, DigestBot, 1 and 2 clients"))
            {
                run.Progress($"search: DigestBot (Lucene.NET), {Queries} queries × {rounds} rounds, 1 then 2 clients");
                Time(requests, 1, _ => r => Asked(r));
                results.Add(Row("DigestBot", 1, Time(requests, rounds, _ => r => Asked(r)), n));
                results.Add(Row("DigestBot", 2, Time(requests, rounds, ourKinds.Around(_ => r => Asked(r)), clients: 2), n));
                var alone = Row("free-text questions alone, DigestBot", 2, Time(questions, rounds, _ => r => Asked(r), clients: 2), n, questions.Count);
                questionsAlone = alone.Targeting("p99 < 50 ms", 50) with { Value = alone.Percentiles!["p99"], Met = alone.Percentiles["p99"] < 50 };
                var misspelt = Row("free-text questions with a typo alone, DigestBot", 2, Time(typos, rounds, _ => r => Asked(r), clients: 2), n, typos.Count);
                typosAlone = misspelt.Targeting("p99 < 50 ms", 50) with { Value = misspelt.Percentiles!["p99"], Met = misspelt.Percentiles["p99"] < 50 };
            }

            if (n <= NaiveLiteDbUpTo)
            {
                var few = spread.Take(LiteDbScanQueries).ToList();
                run.Progress($"search: baseline, naive LiteDB scan (Contains), {few.Count} queries");
                var scan = new LiteDbScanBaseline(services);
                results.Add(Row("naive LiteDB scan", 1, Time(few, 1, _ => scan.Search), n, few.Count));
            }
        }

        // Above 100k the baseline is the slow part of the run (about 10 minutes of FTS5 queries at 1M): once there.
        var ftsRounds = n > NaiveLiteDbUpTo ? 1 : rounds;
        run.Progress($"search: baseline, SQLite FTS5, {Queries} queries × {ftsRounds} round(s) after a warm-up round, 1 then 2 clients");
        var connections = new[] { Fts5Baseline.Open(fts5.Path), Fts5Baseline.Open(fts5.Path) };
        try
        {
            Func<int, Func<BenchQuery, int>> fts = c => q => connections[c].Search(q.Fts5, q.Since);
            Time(queries, 1, fts);
            results.Add(Row("SQLite FTS5", 1, Time(queries, ftsRounds, fts), n));
            results.Add(Row("SQLite FTS5", 2, Time(queries, ftsRounds, ftsKinds.Around(fts), clients: 2), n));
        }
        finally
        {
            Array.ForEach(connections, c => c.Dispose());
        }

        run.Progress($"search: baseline, brute-force scan of the papers in memory, {spread.Count} queries");
        var brute = new BruteForceScan(run.Corpus());
        results.Add(Row("brute-force in-memory scan", 1, Time(spread, 1, _ => brute.Search), n, spread.Count));
        var compared = Compare(results);
        compared.AddRange(new[] { questionsAlone, typosAlone }.OfType<Result>());

        compared.AddRange(SearchByKind.Rows(queries, ourKinds.ByKind(), ftsKinds.ByKind(), n));

        return compared;
    }

    /// <summary>
    /// The question with two neighbouring letters of its longest word (of six letters or more) swapped after the
    /// first two, as a quick typist swaps them: one edit, the first letter kept, so <see cref="Spelling"/> can find it.
    /// </summary>
    internal static string Typo(string question)
    {
        var words = question.Split(' ');
        var longest = words.Select((w, i) => (Word: w, At: i)).Where(w => w.Word.Length >= 6 && w.Word.All(char.IsLetter)).OrderByDescending(w => w.Word.Length).FirstOrDefault();
        if (longest.Word is null)
        {
            return question;
        }

        var letters = longest.Word.ToCharArray();
        (letters[2], letters[3]) = (letters[3], letters[2]);
        words[longest.At] = new string(letters);
        return string.Join(' ', words);
    }

    /// <summary>Each row against FTS5 with as many clients; DigestBot's 2-client tail and median against the targets.</summary>
    private static List<Result> Compare(List<Result> rows)
    {
        var fts = rows.Where(r => r.Name.StartsWith("SQLite FTS5", StringComparison.Ordinal)).ToList();
        var compared = rows.Select(r => fts.Contains(r) ? r with { RatioToBaseline = 1.0 } : r.Against(fts[r.Name.Contains("2 clients", StringComparison.Ordinal) ? 1 : 0])).ToList();
        var two = compared.Single(r => r.Name.StartsWith("DigestBot", StringComparison.Ordinal) && r.Name.Contains("2 clients", StringComparison.Ordinal));
        var at = compared.IndexOf(two);
        compared[at] = two.Targeting("p50 ≤ FTS5's", fts[1].Value);
        var p99 = two.Percentiles!["p99"];
        var tail = two with { Name = "search p99, DigestBot, 2 clients", Value = p99, RatioToBaseline = p99 / fts[1].Percentiles!["p99"] };
        compared.Insert(at + 1, tail.Targeting("p99 < 50 ms", 50));

        // DigestBot with one client against the naive scans too (they run one client only).
        var one = compared.FindIndex(r => r.Name.StartsWith("DigestBot, 1 client", StringComparison.Ordinal));
        var scans = compared.Where(r => r.Name.StartsWith("naive", StringComparison.Ordinal) || r.Name.StartsWith("brute", StringComparison.Ordinal));
        compared[one] = compared[one] with { OtherRatios = scans.ToDictionary(s => s.Name.Split(',')[0], s => compared[one].Value / s.Value) };
        return compared;
    }

    internal static Result Row(string engine, int clients, (Latency Latency, double HitsPerQuery, TimeSpan Elapsed) m, int papers, int queries = Queries)
    {
        var percentiles = new Dictionary<string, double>
        {
            ["p50"] = m.Latency.Milliseconds(50),
            ["p95"] = m.Latency.Milliseconds(95),
            ["p99"] = m.Latency.Milliseconds(99),
            ["max"] = m.Latency.Milliseconds(100),
        };
        var name = $"{engine}, {clients} client{(clients > 1 ? "s" : string.Empty)}, {queries} queries ({m.HitsPerQuery:F1} hits each)";
        return new Result(name, papers, m.Elapsed, m.Latency.Count, "ms", percentiles["p50"], null) { Percentiles = percentiles };
    }

    /// <summary>Runs every query <paramref name="rounds"/> times on each client (client c starts at a different place).</summary>
    internal static (Latency Latency, double HitsPerQuery, TimeSpan Elapsed) Time<T>(IReadOnlyList<T> queries, int rounds, Func<int, Func<T, int>> engine, int clients = 1)
    {
        var latencies = Enumerable.Range(0, clients).Select(_ => new Latency()).ToArray();
        var hits = new long[clients];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, clients, new ParallelOptions { MaxDegreeOfParallelism = clients }, c =>
        {
            var run = engine(c);
            for (var i = 0; i < rounds * queries.Count; i++)
            {
                var query = queries[(i + (c * queries.Count / clients)) % queries.Count];
                var start = Stopwatch.GetTimestamp();
                hits[c] += run(query);
                latencies[c].Record(Stopwatch.GetElapsedTime(start));
            }
        });
        for (var c = 1; c < clients; c++)
        {
            latencies[0].Add(latencies[c]);
        }

        return (latencies[0], (double)hits.Sum() / latencies[0].Count, clock.Elapsed);
    }

    /// <summary>A few of each kind, for the scans, which are slow.</summary>
    private static List<BenchQuery> Spread(IReadOnlyList<BenchQuery> queries, int count) =>
        [.. queries.GroupBy(q => q.Kind).SelectMany(g => g.Take(2).Select((q, i) => (Query: q, Turn: i))).OrderBy(x => x.Turn).Select(x => x.Query).Take(count)];

    /// <summary>The titles and abstracts of the real daily papers page: an abstract is a long line, its title the line before.</summary>
    internal static IEnumerable<string> RealAbstracts()
    {
        var lines = File.ReadAllLines(RepositoryPaths.FixtureData("000_6d08c3e38cdaa7e2.txt")).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Where((l, i) => l.Length >= 300 || (i + 1 < lines.Count && lines[i + 1].Length >= 300));
    }
}
