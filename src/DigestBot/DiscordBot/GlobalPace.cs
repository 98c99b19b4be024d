using System.Threading.RateLimiting;

namespace DigestBot.DiscordBot;

/// <summary>
/// Discord's global limit (requests per second per bot), which Discord.Net only learns from a 429: requests authorised
/// by the bot token take a permit from the runtime's concurrency limiter and give it back one second after their
/// response arrived, so no one-second window of arrivals at Discord can hold more than the limit, however the network
/// delays individual requests (a window counted on send times let a slow batch and the next arrive together: 429s
/// in the twenty-channel test). After a global 429 nothing is sent until Discord's <c>Retry-After</c> has passed
/// (<see cref="Pause"/>): Discord.Net lets requests already queued in its buckets go on. Discord's limits run on real
/// time, so this does too.
/// </summary>
public sealed class GlobalPace(int requestsPerSecond) : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, requestsPerSecond),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private long _pausedUntilTicks;

    /// <summary>A permit to send one request; dispose it when the response has arrived.</summary>
    public async ValueTask<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        while (PausedFor() is { } pause)
        {
            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
        }

        // The queue takes every waiter, so the permit is always granted; a pause that began while this request
        // waited in the queue is waited out too, holding the permit.
        var slot = new Slot(await _limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false));
        try
        {
            while (PausedFor() is { } pause)
            {
                await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            slot.Dispose();
            throw;
        }

        return slot;
    }

    /// <summary>Holds every request back for <paramref name="duration"/> from now (a global 429's <c>Retry-After</c>).</summary>
    public void Pause(TimeSpan duration)
    {
        var until = DateTimeOffset.UtcNow.Add(duration).UtcTicks;
        long seen;
        do
        {
            seen = Interlocked.Read(ref _pausedUntilTicks);
        }
        while (until > seen && Interlocked.CompareExchange(ref _pausedUntilTicks, until, seen) != seen);
    }

    public void Dispose() => _limiter.Dispose();

    private TimeSpan? PausedFor()
    {
        var left = Interlocked.Read(ref _pausedUntilTicks) - DateTimeOffset.UtcNow.UtcTicks;
        return left > 0 ? TimeSpan.FromTicks(left) : null;
    }

    private sealed class Slot(RateLimitLease lease) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _ = ReleaseAsync(DateTimeOffset.UtcNow + Window);
            }
        }

        /// <summary>
        /// Gives the permit back at <paramref name="due"/>, never before: a timer counts whole milliseconds and may fire
        /// a little early, and a request let out that early could reach Discord inside the previous second's window.
        /// </summary>
        private async Task ReleaseAsync(DateTimeOffset due)
        {
            for (var left = due - DateTimeOffset.UtcNow; left > TimeSpan.Zero; left = due - DateTimeOffset.UtcNow)
            {
                await Task.Delay(left + TimeSpan.FromMilliseconds(1)).ConfigureAwait(false);
            }

            lease.Dispose();
        }
    }
}
