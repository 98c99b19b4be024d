namespace DigestBot.Watches;

/// <summary>
/// Channels that percolation just gave new deliveries, for whoever sends digests to take: percolation only reports
/// (it runs inside the paper store's write and never waits on a digest), and nothing calls back into it. A channel
/// reported again before it is taken is held once.
/// </summary>
public sealed class DueChannels : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _signal = new(0, 1);
    private HashSet<ulong> _due = [];

    public void Report(IEnumerable<ulong> channels)
    {
        lock (_gate)
        {
            var before = _due.Count;
            _due.UnionWith(channels);
            if (before == 0 && _due.Count > 0)
            {
                _signal.Release();
            }
        }
    }

    /// <summary>Waits until some channel is due and takes every channel due so far.</summary>
    public async Task<IReadOnlyCollection<ulong>> TakeAsync(CancellationToken cancellationToken)
    {
        await _signal.WaitAsync(cancellationToken);
        return Take();
    }

    /// <summary>Takes every channel due so far without waiting (none: empty).</summary>
    public IReadOnlyCollection<ulong> Take()
    {
        lock (_gate)
        {
            var due = _due;
            _due = [];
            if (due.Count > 0)
            {
                _signal.Wait(0);
            }

            return due;
        }
    }

    public void Dispose() => _signal.Dispose();
}
