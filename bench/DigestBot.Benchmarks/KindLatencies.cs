using System.Diagnostics;

namespace DigestBot.Benchmarks;

/// <summary>
/// The latencies of a query mix by kind of query, recorded while the mix is timed (one histogram per client and kind,
/// merged when read): the whole mix's tail can hide which kind makes it, and timing each kind again would run the
/// slow baseline twice (FTS5's one round at 1M papers takes minutes).
/// </summary>
internal sealed class KindLatencies<T>(Func<T, string> kindOf, int clients)
    where T : notnull
{
    private readonly Dictionary<string, Latency>[] _byClient = [.. Enumerable.Range(0, clients).Select(_ => new Dictionary<string, Latency>())];

    /// <summary>The engine of <see cref="SearchScenario.Time{T}"/>, each query's time also recorded under its kind.</summary>
    public Func<int, Func<T, int>> Around(Func<int, Func<T, int>> engine) => client =>
    {
        var run = engine(client);
        var mine = _byClient[client];
        return query =>
        {
            var start = Stopwatch.GetTimestamp();
            var hits = run(query);
            var elapsed = Stopwatch.GetElapsedTime(start);
            var kind = kindOf(query);
            if (!mine.TryGetValue(kind, out var latency))
            {
                mine[kind] = latency = new Latency();
            }

            latency.Record(elapsed);
            return hits;
        };
    };

    /// <summary>Each kind's latencies over every client, in the order the kinds were first met.</summary>
    public IReadOnlyList<(string Kind, Latency Latency)> ByKind()
    {
        var merged = new List<(string Kind, Latency Latency)>();
        foreach (var (kind, latency) in _byClient.SelectMany(d => d))
        {
            var at = merged.FindIndex(m => m.Kind == kind);
            if (at < 0)
            {
                merged.Add((kind, Copy(latency)));
            }
            else
            {
                merged[at].Latency.Add(latency);
            }
        }

        return merged;
    }

    private static Latency Copy(Latency latency)
    {
        var copy = new Latency();
        copy.Add(latency);
        return copy;
    }
}
