using Microsoft.Extensions.Logging;

namespace DigestBot.DiscordBot;

/// <summary>
/// Counts 401, 403 and 429 answers over the last 10 minutes: Cloudflare bans an IP for a while after 10,000
/// of them. 429s with scope <c>shared</c> do not count. Every one is logged with its route template (401s at debug level).
/// </summary>
public sealed class InvalidRequestCounter(TimeProvider time, ILogger<InvalidRequestCounter> logger)
{
    public const int CloudflareLimit = 10_000;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _seen = new();
    private bool _warned;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                Prune(time.GetUtcNow());
                return _seen.Count;
            }
        }
    }

    public void Record(int status, string route)
    {
        int count;
        bool warn;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            Prune(now);
            _seen.Enqueue(now);
            count = _seen.Count;
            warn = count >= CloudflareLimit / 2 && !_warned;
            _warned |= warn;
        }

        // A 401 is said once by whoever it stops (the bot, for its token; an interaction, for an expired one).
        var level = status switch { 401 => LogLevel.Debug, 429 => LogLevel.Information, _ => LogLevel.Warning };
        logger.Log(level, "Discord answered {Status} to {Route}: {Count} invalid requests in the last 10 minutes", status, route, count);
        if (warn)
        {
            logger.LogError("{Count} invalid Discord requests in 10 minutes: Cloudflare bans the IP at {Limit}", count, CloudflareLimit);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        while (_seen.Count > 0 && _seen.Peek() + Window <= now)
        {
            _seen.Dequeue();
        }

        if (_seen.Count < CloudflareLimit / 4)
        {
            _warned = false;
        }
    }
}
