using System.Collections.Concurrent;
using DigestBot.Papers;
using DigestBot.Search;
using Lucene.Net.Index;
using Lucene.Net.Index.Memory;

namespace DigestBot.Watches;

/// <summary>
/// Percolation: which watches match which papers. Watches are indexed by a key term each match must contain, so a
/// paper is checked only against the watches whose key it has (plus the few that cannot be keyed); each candidate
/// is then decided exactly, from the paper's term set when that suffices, else by running its Lucene query on a
/// one-paper <see cref="MemoryIndex"/> analysed as the search index analyses papers. Papers are matched in parallel.
/// </summary>
public sealed class WatchMatcher
{
    private readonly ConcurrentDictionary<string, CompiledWatchQuery?> _compiled = new(StringComparer.Ordinal);

    /// <summary>The terms that explain a match; a one-term query needs no second look.</summary>
    private static IReadOnlyList<string> Hits(CompiledWatchQuery compiled, IReadOnlySet<Term> terms, Func<MemoryIndex> memory) =>
        compiled.Leaves.Count == 1
            ? [compiled.Leaves[0].Shown]
            : [.. compiled.Leaves.Where(l => Matches(l.Query, terms, memory)).Select(l => l.Shown)];

    /// <summary>The paper's terms settle most queries; positions (phrases, wildcards) need the MemoryIndex.</summary>
    private static bool Matches(Lucene.Net.Search.Query query, IReadOnlySet<Term> terms, Func<MemoryIndex> memory) =>
        TermSetEvaluator.Evaluate(query, terms) ?? memory().Search(query) > 0;

    /// <param name="prefilter">False checks every watch against every paper: the brute-force baseline of the benchmark.</param>
    public IReadOnlyList<WatchMatch> Match(IReadOnlyList<Paper> papers, IReadOnlyList<Watch> watches, bool prefilter = true)
    {
        var byKey = new Dictionary<Term, List<(Watch, CompiledWatchQuery)>>();
        var unkeyed = new List<(Watch, CompiledWatchQuery)>();
        foreach (var watch in watches)
        {
            if (_compiled.GetOrAdd(watch.Query, CompiledWatchQuery.Compile) is not { } compiled)
            {
                continue;
            }

            foreach (var key in prefilter && compiled.Keys is { } keys ? keys : new HashSet<Term>())
            {
                (byKey.TryGetValue(key, out var list) ? list : byKey[key] = []).Add((watch, compiled));
            }

            if (compiled.Keys is null || !prefilter)
            {
                unkeyed.Add((watch, compiled));
            }
        }

        // Each thread collects into its own list (no contended bag), merged once at the end.
        var results = new ConcurrentQueue<List<WatchMatch>>();
        Parallel.ForEach(
            papers,
            () => (Memory: new MemoryIndex(), Found: new List<WatchMatch>()),
            (paper, _, local) =>
            {
                // The paper's MemoryIndex is built only if some candidate needs positions (a phrase, a wildcard).
                var terms = PaperMemory.Analyze(paper);
                var filled = false;
                MemoryIndex Memory()
                {
                    if (!filled)
                    {
                        local.Memory.Reset();
                        PaperMemory.Fill(local.Memory, paper);
                        filled = true;
                    }

                    return local.Memory;
                }

                var seen = new HashSet<int>();
                foreach (var (watch, compiled) in terms.SelectMany(t => byKey.TryGetValue(t, out var list) ? list : []).Concat(unkeyed))
                {
                    if (seen.Add(watch.Id) && Matches(compiled.Query, terms, Memory))
                    {
                        local.Found.Add(new WatchMatch(paper, watch, Hits(compiled, terms, Memory)));
                    }
                }

                return local;
            },
            local => results.Enqueue(local.Found));
        return [.. results.SelectMany(r => r)];
    }
}
