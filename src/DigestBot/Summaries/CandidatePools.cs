using System.Collections.Concurrent;

namespace DigestBot.Summaries;

/// <summary>
/// Each paper's key-phrase candidates, remembered by the text they come from: digests fired together share their
/// papers, and finding a paper's candidates means tokenizing its whole abstract. Keyed by title and abstract
/// themselves, so an edited paper is read afresh; the table starts over when full, so it cannot grow without end.
/// </summary>
internal sealed class CandidatePools(int capacity = CandidatePools.DefaultCapacity)
{
    internal const int DefaultCapacity = 20_000;

    private readonly ConcurrentDictionary<(string Title, string Abstract), IReadOnlyList<PhraseCandidate>> _pools = new();
    private int _added;

    public IReadOnlyList<PhraseCandidate> Get(string title, string @abstract, Func<IReadOnlyList<PhraseCandidate>> find)
    {
        if (_pools.TryGetValue((title, @abstract), out var known))
        {
            return known;
        }

        var pool = find();
        if (Interlocked.Increment(ref _added) > capacity)
        {
            // ConcurrentDictionary.Count takes every lock; the additions are counted here instead.
            _pools.Clear();
            Interlocked.Exchange(ref _added, 1);
        }

        _pools.TryAdd((title, @abstract), pool);
        return pool;
    }
}
