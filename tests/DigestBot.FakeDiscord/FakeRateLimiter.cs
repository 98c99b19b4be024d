using System.Globalization;

namespace DigestBot.FakeDiscord;

/// <summary>
/// Fixed windows per (rule, top-level resource) and one global window, answering with Discord's headers:
/// <c>X-RateLimit-Limit/-Remaining/-Reset/-Reset-After/-Bucket</c>, and on 429 <c>Retry-After</c>,
/// <c>X-RateLimit-Scope</c> and <c>X-RateLimit-Global</c>.
/// </summary>
internal sealed class FakeRateLimiter(FakeDiscordOptions options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Rule, string Major), Window> _buckets = [];
    private Window _global = new(DateTimeOffset.MinValue, 0);

    /// <summary>Counts a request against the global limit; a 429 when it is spent.</summary>
    public FakeResponse? Global()
    {
        lock (_lock)
        {
            var now = options.Time.GetUtcNow();
            if (now >= _global.ResetAt)
            {
                _global = new Window(now + TimeSpan.FromSeconds(1), 0);
            }

            if (_global.Count >= options.GlobalRequestsPerSecond)
            {
                return TooMany(_global.ResetAt - now, global: true, headers: []);
            }

            _global = _global with { Count = _global.Count + 1 };
            return null;
        }
    }

    /// <summary>Counts a request in its bucket; the headers to send, and a 429 when the bucket is spent.</summary>
    public (Dictionary<string, string> Headers, FakeResponse? Limited) Bucket(FakeBucketRule rule, string major)
    {
        lock (_lock)
        {
            var now = options.Time.GetUtcNow();
            var key = (rule.Name, major);
            if (!_buckets.TryGetValue(key, out var window) || now >= window.ResetAt)
            {
                window = new Window(now + rule.Window, 0);
            }

            var limited = window.Count >= rule.Limit;
            if (!limited)
            {
                window = window with { Count = window.Count + 1 };
            }

            _buckets[key] = window;
            var resetAfter = window.ResetAt - now;
            var headers = new Dictionary<string, string>
            {
                ["X-RateLimit-Limit"] = rule.Limit.ToString(CultureInfo.InvariantCulture),
                ["X-RateLimit-Remaining"] = Math.Max(0, rule.Limit - window.Count).ToString(CultureInfo.InvariantCulture),
                ["X-RateLimit-Reset"] = Seconds(window.ResetAt.ToUnixTimeMilliseconds() / 1000.0),
                ["X-RateLimit-Reset-After"] = Seconds(resetAfter.TotalSeconds),
                ["X-RateLimit-Bucket"] = rule.Hash,
            };
            return (headers, limited ? TooMany(resetAfter, global: false, headers) : null);
        }
    }

    public static FakeResponse TooMany(TimeSpan retryAfter, bool global, Dictionary<string, string> headers)
    {
        var seconds = Math.Round(Math.Max(retryAfter.TotalSeconds, 0.001), 3);
        var response = new FakeResponse(429, new System.Text.Json.Nodes.JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = seconds,
            ["global"] = global,
        })
        {
            Headers = new Dictionary<string, string>(headers)
            {
                ["Retry-After"] = Math.Ceiling(seconds).ToString(CultureInfo.InvariantCulture),
                ["X-RateLimit-Scope"] = global ? "global" : "user",
            },
        };
        if (global)
        {
            response.Headers["X-RateLimit-Global"] = "true";
        }

        return response;
    }

    private static string Seconds(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private readonly record struct Window(DateTimeOffset ResetAt, int Count);
}
