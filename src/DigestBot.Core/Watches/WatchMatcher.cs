using System.Collections.Concurrent;
using DigestBot.Papers;
using DigestBot.QueryLanguage;

namespace DigestBot.Watches;

/// <summary>
/// Percolation: which watches match which papers. Each watch is compiled once (cached by its query text) into a
/// <see cref="MatchNode"/> over numbered terms. A paper is read once against those terms; it is checked only against
/// the watches keyed by a term it has (each match must contain its watch's key), plus the few that cannot be keyed;
/// each candidate is then decided exactly, from term positions where they suffice, else on a one-paper MemoryIndex.
/// Watches with <c>like:</c> or <c>about:</c> terms are matched apart, once the papers have vectors: a call without
/// vectors matches the other watches, a call with them only these. Papers are matched in parallel. One percolation
/// runs at a time.
/// </summary>
/// <remarks>
/// Bound: the queries of watches matched within <see cref="MaxUnused"/>. Every percolation matches every active
/// watch, so a query unused for a day belongs to a watch removed or muted since; when there is one, the cache starts
/// over (its numbered terms with it) and compiles again what is asked for. Without that, every query ever watched
/// stayed compiled for the life of the process.
/// </remarks>
public sealed class WatchMatcher(IWatchSeeds? seeds = null, TimeProvider? time = null)
{
    internal static readonly TimeSpan MaxUnused = TimeSpan.FromDays(1);

    // Papers whose similarities to every seed are computed together (256 × 10,000 seeds is 10 MB).
    private const int SemanticBlock = 256;

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private WatchTerms _terms = new();
    private Dictionary<string, Compiled> _compiled = new(StringComparer.Ordinal);
    private Dictionary<string, bool> _semantic = new(StringComparer.Ordinal);

    /// <summary>How many distinct queries are compiled now.</summary>
    internal int CompiledCount
    {
        get
        {
            lock (_gate)
            {
                return _compiled.Count;
            }
        }
    }

    /// <summary>Whether a watch query has <c>like:</c> or <c>about:</c> terms (it waits for vectors).</summary>
    public static bool IsSemantic(string query) => SearchQuery.TryParse(query, out var parsed, out _) && parsed.SemanticTerms.Count > 0;

    /// <summary>Whether any of these watches has <c>like:</c> or <c>about:</c> terms.</summary>
    public bool HasSemantic(IReadOnlyList<Watch> watches)
    {
        lock (_gate)
        {
            foreach (var watch in watches)
            {
                if (!_semantic.TryGetValue(watch.Query, out var isSemantic))
                {
                    _semantic[watch.Query] = isSemantic = IsSemantic(watch.Query);
                }

                if (isSemantic)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <param name="prefilter">False checks every watch against every paper: the brute-force baseline of the benchmark.</param>
    /// <param name="vectors">
    /// Null matches the watches without semantic terms; given, matches only the semantic watches, against each paper's
    /// vector (a paper without one matches none of them).
    /// </param>
    public IReadOnlyList<WatchMatch> Match(IReadOnlyList<Paper> papers, IReadOnlyList<Watch> watches, bool prefilter = true, Func<Paper, float[]?>? vectors = null)
    {
        lock (_gate)
        {
            var (compiled, byKey, unkeyed) = Candidates(watches, prefilter, semantic: vectors is not null);
            var results = new ConcurrentQueue<List<WatchMatch>>();
            if (vectors is null)
            {
                Run(papers, null, 0, (compiled, byKey, unkeyed), results);
                return [.. results.SelectMany(r => r)];
            }

            // The similarity of each paper to every seed first, a block of papers at a time.
            var table = SeedTable.For(compiled.SelectMany(c => c.Item2.SemanticNodes));
            foreach (var block in papers.Select(p => (Paper: p, Vector: vectors(p))).Where(p => p.Vector is not null).Chunk(SemanticBlock))
            {
                Run([.. block.Select(b => b.Paper)], table.Similarities([.. block.Select(b => b.Vector!)]), table.Count, (compiled, byKey, unkeyed), results);
            }

            return [.. results.SelectMany(r => r)];
        }
    }

    /// <summary>Matches the papers in parallel; paper i's similarities to the seeds are row i of <paramref name="similarities"/>.</summary>
    private void Run(
        IReadOnlyList<Paper> papers,
        float[]? similarities,
        int seeds,
        (List<(Watch, CompiledWatchQuery)> Compiled, List<int>?[] ByKey, List<int> Unkeyed) candidates,
        ConcurrentQueue<List<WatchMatch>> results)
    {
        var (compiled, byKey, unkeyed) = candidates;
        Parallel.For(
            0,
            papers.Count,
            () => new Scratch(compiled.Count),
            (i, _, local) =>
            {
                var paper = papers[i];
                local.Paper.Similarities(similarities, i * seeds);
                local.Paper.Load(paper, _terms);
                local.Stamp++;
                foreach (var term in local.Paper.Present)
                {
                    if (byKey[term] is { } keyed)
                    {
                        Check(paper, keyed, compiled, local);
                    }
                }

                Check(paper, unkeyed, compiled, local);
                return local;
            },
            local => results.Enqueue(local.Found));
    }

    private static void Check(Paper paper, List<int> candidates, List<(Watch Watch, CompiledWatchQuery Query)> compiled, Scratch local)
    {
        foreach (var index in candidates)
        {
            if (local.Seen[index] == local.Stamp)
            {
                continue;
            }

            local.Seen[index] = local.Stamp;
            var (watch, query) = compiled[index];
            if (query.Root.Matches(local.Paper))
            {
                local.Found.Add(new WatchMatch(paper, watch, query.Hits(local.Paper)));
            }
        }
    }

    /// <summary>The watches that compile, and for each watch term the ones it keys.</summary>
    private (List<(Watch, CompiledWatchQuery)> Compiled, List<int>?[] ByKey, List<int> Unkeyed) Candidates(IReadOnlyList<Watch> watches, bool prefilter, bool semantic)
    {
        var compiled = new List<(Watch, CompiledWatchQuery)>(watches.Count);
        var now = _time.GetUtcNow();
        if (_compiled.Values.Any(c => now - c.UsedAt > MaxUnused))
        {
            _terms = new WatchTerms();
            _compiled = new Dictionary<string, Compiled>(StringComparer.Ordinal);
            _semantic = new Dictionary<string, bool>(StringComparer.Ordinal);
        }

        foreach (var watch in watches)
        {
            if (!_semantic.TryGetValue(watch.Query, out var isSemantic))
            {
                _semantic[watch.Query] = isSemantic = IsSemantic(watch.Query);
            }

            if (isSemantic != semantic)
            {
                continue;
            }

            if (!_compiled.TryGetValue(watch.Query, out var known))
            {
                if (Compile(watch.Query) is not { } made)
                {
                    continue;
                }

                _compiled[watch.Query] = known = new Compiled(made.Query);
            }

            known.UsedAt = now;
            if (known.Query is { } query)
            {
                compiled.Add((watch, query));
            }
        }

        var byKey = new List<int>?[_terms.Count];
        var unkeyed = new List<int>();
        for (var i = 0; i < compiled.Count; i++)
        {
            if (!prefilter || compiled[i].Item2.Root.Keys is not { } keys)
            {
                unkeyed.Add(i);
                continue;
            }

            foreach (var key in keys)
            {
                (byKey[key] ??= []).Add(i);
            }
        }

        return (compiled, byKey, unkeyed);
    }

    /// <summary>
    /// Compiles a query; null when its seeds cannot be had now (the model unavailable), so it is tried again next
    /// time instead of being remembered as matching nothing.
    /// </summary>
    private (CompiledWatchQuery? Query, bool)? Compile(string text)
    {
        try
        {
            return (CompiledWatchQuery.Compile(text, _terms, seeds), true);
        }
        catch (Semantic.SemanticUnavailableException)
        {
            return null;
        }
    }

    /// <summary>A query compiled (null: it does not compile) and when a match last asked for it.</summary>
    private sealed class Compiled(CompiledWatchQuery? query)
    {
        public CompiledWatchQuery? Query { get; } = query;

        public DateTimeOffset UsedAt { get; set; }
    }

    /// <summary>One thread's reusable state: the paper being read, which candidates it has already been checked against, its matches.</summary>
    private sealed class Scratch(int watches)
    {
        public PaperTerms Paper { get; } = new();

        public int[] Seen { get; } = new int[watches];

        public int Stamp { get; set; }

        public List<WatchMatch> Found { get; } = [];
    }
}
