namespace DigestBot.Discord.Rest;

/// <summary>
/// Finds the bucket of a call. Until Discord names a route's bucket (<c>X-RateLimit-Bucket</c>), the route has
/// its own; once named, routes sharing that hash on the same top-level resource share one bucket, keyed by
/// (hash, resource) because the hash excludes the resource.
/// </summary>
internal sealed class BucketRegistry
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Route, string Major), RateLimitBucket> _byRoute = [];
    private readonly Dictionary<(string Hash, string Major), RateLimitBucket> _byHash = [];

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
            var key = (route.Key, route.Major);
            if (!_byRoute.TryGetValue(key, out var bucket))
            {
                bucket = new RateLimitBucket();
                _byRoute[key] = bucket;
            }

            return bucket;
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
