using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace DigestBot.Summaries;

/// <summary>
/// Each paper's key-phrase candidates, remembered by the text they come from: digests fired together share their
/// papers, and finding a paper's candidates means tokenizing its whole abstract. Keyed by a SHA-256 of title and
/// abstract (its first 128 bits), so an edited paper is read afresh and the key does not hold the text.
/// </summary>
/// <remarks>
/// Bounded by count and by age: at most <see cref="DefaultCapacity"/> texts (the least recently used go first) and
/// none unused for longer than <see cref="DefaultMaxIdle"/>. An entry holds about 40 candidates, some 6 KB, so the
/// table stays under about 3 MB. It used to keep the texts themselves and start over only at 20,000 of them: a long
/// soak showed it as the app's largest growth (about 0.15 MB a cycle, up to some 200 MB before it would start over).
/// Digests fired together reach the same papers within minutes, and a day's burst rarely holds 500 distinct papers.
/// </remarks>
internal sealed class CandidatePools(int capacity = CandidatePools.DefaultCapacity, TimeSpan? maxIdle = null, Func<long>? milliseconds = null)
{
    internal const int DefaultCapacity = 500;

    internal static readonly TimeSpan DefaultMaxIdle = TimeSpan.FromMinutes(30);

    private readonly long _maxIdle = (long)(maxIdle ?? DefaultMaxIdle).TotalMilliseconds;
    private readonly Func<long> _now = milliseconds ?? (() => Environment.TickCount64);
    private readonly Lock _lock = new();
    private readonly Dictionary<UInt128, LinkedListNode<Entry>> _byText = [];

    // Most recently used first: the least recently used (also the longest idle) is always last.
    private readonly LinkedList<Entry> _order = new();

    /// <summary>How many texts are remembered now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byText.Count;
            }
        }
    }

    public IReadOnlyList<PhraseCandidate> Get(string title, string @abstract, Func<IReadOnlyList<PhraseCandidate>> find)
    {
        var key = KeyOf(title, @abstract);
        lock (_lock)
        {
            var now = _now();
            Expire(now);
            if (_byText.TryGetValue(key, out var known))
            {
                _order.Remove(known);
                _order.AddFirst(known);
                known.Value.UsedAt = now;
                return known.Value.Pool;
            }
        }

        // Outside the lock: tokenizing is the slow part, and digests compose in parallel.
        var pool = find();
        lock (_lock)
        {
            if (!_byText.ContainsKey(key))
            {
                _byText[key] = _order.AddFirst(new Entry(key, pool) { UsedAt = _now() });
                while (_byText.Count > capacity)
                {
                    Forget(_order.Last!);
                }
            }
        }

        return pool;
    }

    private static UInt128 KeyOf(string title, string @abstract)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(title, "\0", @abstract)));
        return MemoryMarshal.Read<UInt128>(hash);
    }

    private void Expire(long now)
    {
        while (_order.Last is { } last && now - last.Value.UsedAt > _maxIdle)
        {
            Forget(last);
        }
    }

    private void Forget(LinkedListNode<Entry> node)
    {
        _order.Remove(node);
        _byText.Remove(node.Value.Key);
    }

    private sealed class Entry(UInt128 key, IReadOnlyList<PhraseCandidate> pool)
    {
        public UInt128 Key { get; } = key;

        public IReadOnlyList<PhraseCandidate> Pool { get; } = pool;

        public long UsedAt { get; set; }
    }
}
