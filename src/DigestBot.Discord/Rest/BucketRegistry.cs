namespace DigestBot.Discord.Rest;

/// <summary>
/// Finds the bucket of a call. Until Discord names a route's bucket (<c>X-RateLimit-Bucket</c>), the route has
/// its own; once named, routes sharing that hash on the same top-level resource share one bucket, keyed by
/// (hash, resource) because the hash excludes the resource. Interaction and webhook routes are keyed by their token,
/// a new resource every time, so buckets idle for longer than a token lives are forgotten (a forgotten one comes back
/// fresh if needed); without that, a long-running bot would keep one per interaction forever.
/// </summary>
internal sealed class BucketRegistry(Func<long>? milliseconds = null)
{
    /// <summary>Interaction tokens are valid for 15 minutes; a bucket idle that long has nothing left to pace.</summary>
    internal const long IdleMilliseconds = 15 * 60 * 1000;

    private const int PruneEvery = 256;

    private readonly Func<long> _now = milliseconds ?? (() => Environment.TickCount64);
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

    /// <summary>Forgets routes idle for <see cref="IdleMilliseconds"/> whose bucket has no request in it, and hashes no route uses.</summary>
    private void Prune(long now)
    {
        foreach (var (key, used) in _lastUsed.Where(e => now - e.Value > IdleMilliseconds).ToList())
        {
            if (_byRoute[key].Gate.CurrentCount == 1)
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
