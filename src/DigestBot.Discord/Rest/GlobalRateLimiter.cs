using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Rest;

/// <summary>
/// Discord's global limit (requests per second per bot), kept as a sliding log in which a request holds its
/// slot from when it is sent until one second after its response arrived. Measured that way, no one-second
/// window of arrivals at Discord can hold more than the limit, however the network delays individual requests.
/// A global 429 blocks everything for its <c>retry_after</c> and lowers the limit for the rest of the run.
/// </summary>
internal sealed class GlobalRateLimiter(int requestsPerSecond, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _completed = new();
    private int _limit = Math.Max(1, requestsPerSecond);
    private int _inFlight;
    private DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Limit
    {
        get
        {
            lock (_lock)
            {
                return _limit;
            }
        }
    }

    public async ValueTask<Lease> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            Task changed;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                while (_completed.Count > 0 && _completed.Peek() + Window <= now)
                {
                    _completed.Dequeue();
                }

                if (now >= _blockedUntil && _inFlight + _completed.Count < _limit)
                {
                    _inFlight++;
                    return new Lease(this);
                }

                wait = now < _blockedUntil ? _blockedUntil - now
                    : _completed.Count > 0 ? _completed.Peek() + Window - now
                    : Timeout.InfiniteTimeSpan;
                changed = _changed.Task;
            }

            // Wake on whichever comes first: a slot expiring, or a request in flight completing.
            using var delay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(changed, Task.Delay(wait, time, delay.Token)).ConfigureAwait(false);
            await delay.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Discord said the bot went over the global limit: pause everything and send more slowly from now on.</summary>
    public void Block(TimeSpan retryAfter)
    {
        int lowered;
        lock (_lock)
        {
            var until = time.GetUtcNow() + retryAfter;
            _blockedUntil = until > _blockedUntil ? until : _blockedUntil;
            _limit = lowered = Math.Max(1, _limit * 4 / 5);
        }

        logger.LogWarning(
            "Discord answered a global rate limit: pausing all requests for {Seconds:0.###} s and lowering the global limit to {Limit} requests/s",
            retryAfter.TotalSeconds,
            lowered);
    }

    private void Release()
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _inFlight--;
            _completed.Enqueue(time.GetUtcNow());
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    /// <summary>A slot held from sending until the response is in.</summary>
    internal sealed class Lease(GlobalRateLimiter owner) : IDisposable
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
