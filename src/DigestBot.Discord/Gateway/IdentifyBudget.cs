using DigestBot.Discord.Models;

namespace DigestBot.Discord.Gateway;

/// <summary>
/// Spaces Identifies so that no loop can come near Discord's 1000 per 24 h: at least
/// <see cref="DiscordGatewayOptions.MinIdentifyInterval"/> apart, at most
/// <see cref="DiscordGatewayOptions.MaxIdentifiesPerDay"/> in any 24 h, and none while Discord's own
/// <c>session_start_limit</c> is down to the reserve.
/// </summary>
internal sealed class IdentifyBudget(DiscordGatewayOptions options, TimeProvider time)
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _sent = new();
    private DateTimeOffset _last = DateTimeOffset.MinValue;
    private DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;

    /// <summary>How long to wait before the next Identify may go out.</summary>
    public TimeSpan Delay()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            while (_sent.Count > 0 && _sent.Peek() + Day <= now)
            {
                _sent.Dequeue();
            }

            var until = _blockedUntil;
            if (_last != DateTimeOffset.MinValue && _last + options.MinIdentifyInterval > until)
            {
                until = _last + options.MinIdentifyInterval;
            }

            if (_sent.Count >= Math.Max(1, options.MaxIdentifiesPerDay) && _sent.Peek() + Day > until)
            {
                until = _sent.Peek() + Day;
            }

            return until > now ? until - now : TimeSpan.Zero;
        }
    }

    public void Record()
    {
        lock (_lock)
        {
            _last = time.GetUtcNow();
            _sent.Enqueue(_last);
        }
    }

    /// <summary>Discord's count from <c>GET /gateway/bot</c>: at the reserve, wait for its reset.</summary>
    public void Observe(SessionStartLimit limit)
    {
        if (limit.Remaining > options.IdentifyReserve)
        {
            return;
        }

        lock (_lock)
        {
            var until = time.GetUtcNow() + TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
            _blockedUntil = until > _blockedUntil ? until : _blockedUntil;
        }
    }
}
