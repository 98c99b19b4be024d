namespace DigestBot.Semantic;

/// <summary>
/// The papers waiting for a vector, each once: papers whose announcement waits on semantic watches first, then the
/// newest published first (what a search is most likely to want). In memory: at start-up it is filled again from the
/// store, so nothing that lacks a vector is forgotten across a restart.
/// </summary>
// It is a queue, and says so (CA1711 reserves the suffix for collection types).
#pragma warning disable CA1711
public sealed class EmbeddingQueue : IDisposable
#pragma warning restore CA1711
{
    private readonly Lock _gate = new();
    private readonly PriorityQueue<string, (int Urgency, long Age)> _queue = new();
    private readonly HashSet<string> _queued = new(StringComparer.Ordinal);
    private readonly HashSet<string> _held = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);

    public void Dispose() => _signal.Dispose();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _queued.Count;
            }
        }
    }

    /// <summary>Of <see cref="Count"/>, the papers queued while they already had a vector (changed since, or to check).</summary>
    public int Held
    {
        get
        {
            lock (_gate)
            {
                return _held.Count;
            }
        }
    }

    /// <param name="published">Unix seconds: newer papers come out first.</param>
    /// <param name="urgent">A semantic watch waits on it: before every other paper.</param>
    /// <param name="held">The paper has a vector already (its text may have changed): counted in <see cref="Held"/>.</param>
    public void Add(string key, long published, bool urgent = false, bool held = false)
    {
        lock (_gate)
        {
            if (held)
            {
                _held.Add(key);
            }

            if (!_queued.Add(key))
            {
                if (!urgent)
                {
                    return;
                }

                // Already queued, now urgent: queued again in front; the later copy is skipped when taken.
            }

            _queue.Enqueue(key, (urgent ? 0 : 1, -published));
        }

        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }

    /// <summary>Takes up to <paramref name="count"/> papers, first first.</summary>
    public IReadOnlyList<string> Take(int count)
    {
        var taken = new List<string>(count);
        lock (_gate)
        {
            while (taken.Count < count && _queue.TryDequeue(out var key, out _))
            {
                if (_queued.Remove(key))
                {
                    _held.Remove(key);
                    taken.Add(key);
                }
            }
        }

        return taken;
    }

    /// <summary>Waits until something is added (or the time is up).</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
