namespace DigestBot.Discord.Rest;

/// <summary>
/// Finds the bucket of a call. Until Discord names a route's bucket (<c>X-RateLimit-Bucket</c>), the route has
/// its own; once named, routes sharing that hash on the same top-level resource share one bucket, keyed by
/// (hash, resource) because the hash excludes the resource. Interaction and webhook routes are keyed by their token,
/// a new resource every time, so idle buckets are forgotten (a forgotten one comes back fresh if needed); without
/// that, a long-running bot would keep one per interaction forever.
/// </summary>
/// <remarks>
/// Bound: a bucket goes once it has been idle for <see cref="SettledIdleMilliseconds"/> with its reset passed (it
/// then knows nothing a fresh one would not learn from the next answer), or for <see cref="IdleMilliseconds"/>
/// whatever its state. So it holds the routes used in the last minute, which Discord's global limit (50 requests a
/// second) keeps under about 3,000, plus those still waiting out a reset. A soak showed the 15-minute rule alone
/// holding every interaction's buckets for a quarter of an hour (about 7 KB a cycle while it filled).
/// </remarks>
internal sealed class BucketRegistry(Func<long>? milliseconds = null)
{
    /// <summary>Interaction tokens are valid for 15 minutes; a bucket idle that long has nothing left to pace.</summary>
    internal const long IdleMilliseconds = 15 * 60 * 1000;

    /// <summary>A bucket whose reset has passed and that has been idle this long is forgotten sooner.</summary>
    internal const long SettledIdleMilliseconds = 60 * 1000;

    private const int PruneEvery = 256;

    // Unix milliseconds, so a bucket's reset (a moment in UTC) can be compared with it.
    private readonly Func<long> _now = milliseconds ?? (() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Route, string Major), RateLimitBucket> _byRoute = [];
    private readonly Dictionary<(string Route, string Major), long> _lastUsed = [];
    private readonly Dictionary<(string Hash, string Major), RateLimitBucket> _byHash = [];
    private int _calls;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byRoute.Values.Distinct().Count();
            }
        }
    }

    public RateLimitBucket For(DiscordRoute route)
    {
        lock (_lock)
        {
            var now = _now();
            if (++_calls % PruneEvery == 0)
            {
                Prune(now);
            }

            var key = (route.Key, route.Major);
            if (!_byRoute.TryGetValue(key, out var bucket))
            {
                bucket = new RateLimitBucket();
                _byRoute[key] = bucket;
            }

            _lastUsed[key] = now;
            return bucket;
        }
    }

    /// <summary>
    /// Forgets routes whose bucket has no request in it and that have been idle for <see cref="IdleMilliseconds"/>, or
    /// for <see cref="SettledIdleMilliseconds"/> past its reset; then hashes no route uses.
    /// </summary>
    private void Prune(long now)
    {
        var at = DateTimeOffset.FromUnixTimeMilliseconds(now);
        foreach (var (key, used) in _lastUsed.Where(e => now - e.Value > SettledIdleMilliseconds).ToList())
        {
            var bucket = _byRoute[key];
            if (bucket.Gate.CurrentCount == 1 && (now - used > IdleMilliseconds || bucket.Settled(at)))
            {
                _byRoute.Remove(key);
                _lastUsed.Remove(key);
            }
        }

        var live = _byRoute.Values.ToHashSet();
        foreach (var key in _byHash.Where(e => !live.Contains(e.Value)).Select(e => e.Key).ToList())
        {
            _byHash.Remove(key);
        }
    }

    /// <summary>Records the hash Discord named for the bucket <paramref name="used"/> by <paramref name="route"/>.</summary>
    public void Learn(DiscordRoute route, RateLimitBucket used, string? hash)
    {
        if (string.IsNullOrEmpty(hash))
        {
            return;
        }

        lock (_lock)
        {
            var hashKey = (hash, route.Major);
            if (!_byHash.TryGetValue(hashKey, out var known))
            {
                // The first route seen with this hash lends it its bucket, so requests already queued on it stay in line.
                _byHash[hashKey] = used;
            }
            else if (!ReferenceEquals(known, used))
            {
                _byRoute[(route.Key, route.Major)] = known;
            }
        }
    }
}
