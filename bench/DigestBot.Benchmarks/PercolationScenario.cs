using System.Diagnostics;
using DigestBot.Papers;
using DigestBot.Watches;

namespace DigestBot.Benchmarks;

/// <summary>
/// Percolation: P new papers × W watches through the real <see cref="WatchMatcher"/> (key-term pre-filter, exact
/// check on a one-paper MemoryIndex). The baseline, in the same run, checks every watch against every paper
/// (no pre-filter) at a size where that finishes; the ratio compares time per (paper, watch) pair.
/// </summary>
internal static class PercolationScenario
{
    private static readonly int[] NewPapers = [100, 2000];
    private static readonly int[] WatchCounts = [100, 10_000, 100_000];

    private const int Seed = 7;

    /// <remarks>
    /// The sizes are the fixed grid (P papers from the corpus × W watches), whatever <c>--papers</c> says;
    /// <c>--max-watches</c> caps W for quick runs. The ratio compares time per (paper, watch) pair with the baseline's.
    /// </remarks>
    public static Task<IReadOnlyList<Result>> RunAsync(BenchRun run)
    {
        var random = new Random(Seed);
        var words = run.Vocabulary().Words;
        var papers = run.Sample().ToList();
        var most = Math.Min(run.Options.Quick ? 1000 : 100_000, run.Options.MaxWatches);
        var watches = Watches(words, papers, most, random, firstRank: 1_000);
        var results = new List<Result>();

        var bruteWatches = Math.Min(2000, most);
        run.Progress($"percolation: baseline, every watch checked against every paper (100 papers × {bruteWatches:N0} watches)");
        var brute = Time(new WatchMatcher(), papers[..Math.Min(100, papers.Count)], watches[..bruteWatches], prefilter: false);
        var perPairBaseline = brute.Elapsed.TotalMilliseconds / (100.0 * bruteWatches);
        var baseline = new Result($"percolation 100 × {bruteWatches:N0}, no pre-filter (baseline)", 100, brute.Elapsed, brute.Matches, "ms", brute.Elapsed.TotalMilliseconds, 1.0);
        results.Add(baseline);

        foreach (var p in NewPapers.Where(p => p <= papers.Count))
        {
            foreach (var w in WatchCounts.Where(w => w <= most))
            {
                var matcher = new WatchMatcher();
                var first = Time(matcher, papers[..p], watches[..w], prefilter: true);
                var steady = Time(matcher, papers[..p], watches[..w], prefilter: true);
                var perPair = steady.Elapsed.TotalMilliseconds / ((double)p * w);
                run.Progress($"percolation: {p} × {w:N0}: {steady.Elapsed.TotalMilliseconds:N0} ms ({first.Elapsed.TotalMilliseconds:N0} ms with compiling), {steady.Matches:N0} matches");
                var row = new Result($"percolation {p:N0} × {w:N0} watches (matches {steady.Matches:N0}; first run {first.Elapsed.TotalMilliseconds:N0} ms)", p, steady.Elapsed, steady.Matches, "ms", steady.Elapsed.TotalMilliseconds, perPair / perPairBaseline) { Baseline = baseline.Name + ", per pair" };
                results.Add(p == 2000 && w == 100_000 ? row.Targeting("< 2 s", 2000) : row);
            }
        }

        if (most < 100_000 || papers.Count < 2000)
        {
            return Task.FromResult<IReadOnlyList<Result>>(results);
        }

        // The same grid's largest cell with a sparser mix: topic words from further down the frequency ranking, about
        // what real keyword watches hit (a few papers a day each), so the match volume is not what dominates.
        var sparse = Watches(words, papers, 100_000, new Random(Seed + 1), firstRank: 8_000);
        var sparseMatcher = new WatchMatcher();
        var sparseFirst = Time(sparseMatcher, papers, sparse, prefilter: true);
        var sparseSteady = Time(sparseMatcher, papers, sparse, prefilter: true);
        run.Progress($"percolation (sparse mix): 2000 × 100,000: {sparseSteady.Elapsed.TotalMilliseconds:N0} ms, {sparseSteady.Matches:N0} matches");
        results.Add(new(
            $"percolation 2,000 × 100,000 sparse-mix watches (matches {sparseSteady.Matches:N0}; first run {sparseFirst.Elapsed.TotalMilliseconds:N0} ms)",
            2000, sparseSteady.Elapsed, sparseSteady.Matches, "ms", sparseSteady.Elapsed.TotalMilliseconds,
            sparseSteady.Elapsed.TotalMilliseconds / (2000.0 * 100_000) / perPairBaseline) { Baseline = baseline.Name + ", per pair" });

        return Task.FromResult<IReadOnlyList<Result>>(results);
    }

    private static (TimeSpan Elapsed, int Matches) Time(WatchMatcher matcher, IReadOnlyList<Paper> papers, IReadOnlyList<Watch> watches, bool prefilter)
    {
        var clock = Stopwatch.StartNew();
        var matches = matcher.Match(papers, watches, prefilter).Count;
        return (clock.Elapsed, matches);
    }

    /// <summary>Watch queries shaped like people's: a word, two words, a title phrase, a category and a word, a person, an exclusion.</summary>
    private static List<Watch> Watches(WordModel words, List<Paper> papers, int count, Random random, int firstRank)
    {
        // Watches name topics, not filler: words from below the most common ranks.
        string Word() => words.AtRank(firstRank + random.Next(Math.Min(40_000, WordModel.VocabularySize - firstRank)));
        // A title phrase people would watch: two adjacent content words, not "learning for".
        string Phrase()
        {
            var title = papers[random.Next(papers.Count)].Title.Split(' ');
            var pairs = Enumerable.Range(0, Math.Max(0, title.Length - 1)).Where(i => title[i].Length > 4 && title[i + 1].Length > 4).ToList();
            if (pairs.Count == 0)
            {
                return Word();
            }

            var at = pairs[random.Next(pairs.Count)];
            return $"\"{title[at]} {title[at + 1]}\"";
        }

        string Author()
        {
            var authors = papers[random.Next(papers.Count)].Authors;
            return authors[random.Next(authors.Count)].Name;
        }

        var categories = new[] { "cs.LG", "cs.CL", "cs.CV", "cs.AI", "stat.ML", "cs.RO" };
        return
        [
            .. Enumerable.Range(0, count).Select(i => new Watch
            {
                Id = i + 1,
                ChannelId = (ulong)(1 + i / 25),
                Name = $"w{i}",
                Query = (i % 6) switch
                {
                    0 => Word(),
                    1 => $"{Word()} {Word()}",
                    2 => $"ti:{Phrase()}",
                    3 => $"cat:{categories[random.Next(categories.Length)]} AND {Word()}",
                    // People follow a person, not a surname shared by a tenth of the corpus.
                    4 => $"au:\"{Author()}\"",
                    _ => $"{Word()} -{Word()}",
                },
            }),
        ];
    }
}
