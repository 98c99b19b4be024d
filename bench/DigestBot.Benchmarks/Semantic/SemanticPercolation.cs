using System.Diagnostics;
using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Watches;

namespace DigestBot.Benchmarks.Semantic;

/// <summary>
/// Semantic watches through the real <see cref="WatchMatcher"/>: 2,000 new papers (the corpus' first) × 10,000
/// <c>like:</c> watches, each seeded with its own (synthetic) vector, and the same number combined with a category
/// (<c>like:ID AND cat:…</c>, which the category narrows first). The target: under 2 s for the first.
/// </summary>
internal static class SemanticPercolation
{
    public static IReadOnlyList<Result> Measure(BenchRun run)
    {
        var papers = run.Sample().Take(2000).ToList();
        var watches = run.Options.Quick ? 1000 : 10_000;
        var random = new Random(BenchRun.Seed);
        var vectors = papers.ToDictionary(p => p.Id, _ => SyntheticVectors.Next(random));
        var categories = papers.SelectMany(p => p.Categories).Distinct().ToList();
        var results = new List<Result>();
        foreach (var (kind, query) in new (string, Func<int, string>)[]
        {
            ("like:ID", i => $"like:{Id(i)}"),
            ("like:ID AND cat:…", i => $"like:{Id(i)} AND cat:{categories[i % categories.Count]}"),
        })
        {
            var list = Enumerable.Range(0, watches).Select(i => new Watch { Id = i, ChannelId = (ulong)(i % 50), Name = $"w{i}", Query = query(i) }).ToList();
            var matcher = new WatchMatcher(new SyntheticSeeds(random));
            var first = Time(matcher, papers, list, vectors);
            var steady = Time(matcher, papers, list, vectors);
            run.Progress($"semantic: percolation {papers.Count:N0} × {watches:N0} {kind} watches: {steady.Elapsed.TotalMilliseconds:N0} ms ({first.Elapsed.TotalMilliseconds:N0} ms with compiling)");
            var row = new Result($"percolation {papers.Count:N0} new papers × {watches:N0} semantic watches, {kind} (first run {first.Elapsed.TotalMilliseconds:N0} ms with compiling)", papers.Count, steady.Elapsed, steady.Matches, "ms", steady.Elapsed.TotalMilliseconds, null);
            results.Add(kind == "like:ID" ? row.Targeting("< 2 s", 2000) : row);
        }

        return results;
    }

    private static string Id(int i) => $"2301.{i:D5}";

    private static (TimeSpan Elapsed, int Matches) Time(WatchMatcher matcher, IReadOnlyList<Paper> papers, IReadOnlyList<Watch> watches, Dictionary<string, float[]> vectors)
    {
        var clock = Stopwatch.StartNew();
        var matches = matcher.Match(papers, watches, vectors: p => vectors[p.Id]).Count;
        return (clock.Elapsed, matches);
    }

    /// <summary>Each <c>like:</c> paper's vector: synthetic, fixed per term.</summary>
    private sealed class SyntheticSeeds(Random random) : IWatchSeeds
    {
        private readonly Dictionary<TermNode, IReadOnlyList<WatchSeed>> _seeds = [];

        public IReadOnlyList<WatchSeed> Seeds(TermNode term)
        {
            lock (_seeds)
            {
                return _seeds.TryGetValue(term, out var known) ? known : _seeds[term] = [new WatchSeed(term.Text, SyntheticVectors.Next(random))];
            }
        }

        public float Threshold(TermNode term) => DigestBot.Semantic.SemanticThresholds.Like;
    }
}
