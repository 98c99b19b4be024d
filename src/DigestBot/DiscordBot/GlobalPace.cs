namespace DigestBot.DiscordBot;

/// <summary>
/// Discord's global limit (requests per second per bot), which Discord.Net only learns from a 429: requests authorised
/// by the bot token wait here for a slot. A request holds its slot from when it is sent until one second after its
/// response arrived, so no one-second window of arrivals at Discord can hold more than the limit, however the network
/// delays individual requests. After a global 429 nothing is sent until Discord's <c>Retry-After</c> has passed
/// (<see cref="Pause"/>): Discord.Net lets requests already queued in its buckets go on. Discord's limits run on real
/// time, so this does too.
/// </summary>
public sealed class GlobalPace(int requestsPerSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _completed = new();
    private readonly int _limit = Math.Max(1, requestsPerSecond);
    private int _inFlight;
    private DateTimeOffset _pausedUntil;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            Task changed;
            lock (_lock)
            {
                var now = DateTimeOffset.UtcNow;
                while (_completed.Count > 0 && _completed.Peek() + Window <= now)
                {
                    _completed.Dequeue();
                }

                if (_pausedUntil > now)
                {
                    wait = _pausedUntil - now;
                }
                else if (_inFlight + _completed.Count < _limit)
                {
                    _inFlight++;
                    return new Slot(this);
                }
                else
                {
                    wait = _completed.Count > 0 ? _completed.Peek() + Window - now : Timeout.InfiniteTimeSpan;
                }

                changed = _changed.Task;
            }

            // Wake on whichever comes first: a slot expiring, or a request in flight completing.
            using var delay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(changed, Task.Delay(wait, delay.Token)).ConfigureAwait(false);
            await delay.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Holds every request back for <paramref name="duration"/> from now (a global 429's <c>Retry-After</c>).</summary>
    public void Pause(TimeSpan duration)
    {
        lock (_lock)
        {
            var until = DateTimeOffset.UtcNow + duration;
            _pausedUntil = until > _pausedUntil ? until : _pausedUntil;
        }
    }

    private void Release()
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _inFlight--;
            _completed.Enqueue(DateTimeOffset.UtcNow);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    private sealed class Slot(GlobalPace owner) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Release();
            }
        }
    }
}
