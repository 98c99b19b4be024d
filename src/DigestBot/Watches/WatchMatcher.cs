using System.Collections.Concurrent;
using DigestBot.Papers;

namespace DigestBot.Watches;

/// <summary>
/// Percolation: which watches match which papers. Each watch is compiled once (cached by its query text) into a
/// <see cref="MatchNode"/> over numbered terms. A paper is read once against those terms; it is checked only against
/// the watches keyed by a term it has (each match must contain its watch's key), plus the few that cannot be keyed;
/// each candidate is then decided exactly, from term positions where they suffice, else on a one-paper MemoryIndex.
/// Papers are matched in parallel. One percolation runs at a time.
/// </summary>
/// <remarks>
/// Bound: the queries of watches matched within <see cref="MaxUnused"/>. Every percolation matches every active
/// watch, so a query unused for a day belongs to a watch removed or muted since; when there is one, the cache starts
/// over (its numbered terms with it) and compiles again what is asked for. Without that, every query ever watched
/// stayed compiled for the life of the process.
/// </remarks>
public sealed class WatchMatcher(TimeProvider? time = null)
{
    internal static readonly TimeSpan MaxUnused = TimeSpan.FromDays(1);

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private WatchTerms _terms = new();
    private Dictionary<string, Compiled> _compiled = new(StringComparer.Ordinal);

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

    /// <param name="prefilter">False checks every watch against every paper: the brute-force baseline of the benchmark.</param>
    public IReadOnlyList<WatchMatch> Match(IReadOnlyList<Paper> papers, IReadOnlyList<Watch> watches, bool prefilter = true)
    {
        lock (_gate)
        {
            var (compiled, byKey, unkeyed) = Candidates(watches, prefilter);
            var results = new ConcurrentQueue<List<WatchMatch>>();
            Parallel.ForEach(
                papers,
                () => new Scratch(compiled.Count),
                (paper, _, local) =>
                {
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
            return [.. results.SelectMany(r => r)];
        }
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
    private (List<(Watch, CompiledWatchQuery)> Compiled, List<int>?[] ByKey, List<int> Unkeyed) Candidates(IReadOnlyList<Watch> watches, bool prefilter)
    {
        var compiled = new List<(Watch, CompiledWatchQuery)>(watches.Count);
        var now = _time.GetUtcNow();
        if (_compiled.Values.Any(c => now - c.UsedAt > MaxUnused))
        {
            _terms = new WatchTerms();
            _compiled = new Dictionary<string, Compiled>(StringComparer.Ordinal);
        }

        foreach (var watch in watches)
        {
            if (!_compiled.TryGetValue(watch.Query, out var known))
            {
                _compiled[watch.Query] = known = new Compiled(CompiledWatchQuery.Compile(watch.Query, _terms));
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
