namespace DigestBot.Discord.Rest;

/// <summary>
/// One rate-limit bucket as Discord last described it. Requests in a bucket queue on <see cref="Gate"/> and go
/// one at a time, so each sees the <c>Remaining</c> left by the one before: a bucket is never overrun, and
/// nothing is assumed about limits until Discord states them.
/// </summary>
internal sealed class RateLimitBucket
{
    /// <summary>Added to every reset: Discord rounds its seconds to milliseconds, and timers may fire a little early.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(20);

    private int _remaining = 1;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;

    /// <summary>The per-bucket queue; all state below is touched only while holding it.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public int? Limit { get; private set; }

    /// <summary>How long the next request must wait: until the reset when nothing remains.</summary>
    public TimeSpan Delay(DateTimeOffset now) => _remaining <= 0 && now < _resetAt ? _resetAt - now : TimeSpan.Zero;

    /// <summary>True once its reset has passed (or it never had one): it then paces nothing a fresh bucket would not.</summary>
    public bool Settled(DateTimeOffset now) => now >= _resetAt;

    public void Update(RateLimitHeaders headers, DateTimeOffset now)
    {
        Limit = headers.Limit ?? Limit;
        if (headers.Remaining is { } remaining)
        {
            _remaining = remaining;
        }

        if (headers.ResetAfter is { } after)
        {
            _resetAt = now + after + Margin;
        }
    }

    /// <summary>A 429 for this bucket: nothing goes out before <paramref name="retryAfter"/> has passed.</summary>
    public void Block(TimeSpan retryAfter, DateTimeOffset now)
    {
        _remaining = 0;
        var until = now + retryAfter + Margin;
        _resetAt = until > _resetAt ? until : _resetAt;
    }
}
