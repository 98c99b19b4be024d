using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Rest;

/// <summary>
/// Sends one REST call through the rate limits and retries: the route's bucket queue, the global limiter
/// (skipped by interaction routes), a timeout per attempt, 429s waited out, 5xx and timeouts retried with
/// exponential back-off, and after a 401 no call at all.
/// </summary>
internal sealed class DiscordRequestSender(HttpClient http, DiscordRestOptions options, TimeProvider time, ILogger logger)
{
    private readonly Uri _base = new(options.ApiBaseUrl.AbsoluteUri.TrimEnd('/') + "/");
    private readonly BucketRegistry _buckets = new(() => time.GetUtcNow().ToUnixTimeMilliseconds());
    private readonly GlobalRateLimiter _global = new(options.GlobalRequestsPerSecond, time, logger);
    private DiscordException? _unauthorized;

    public InvalidRequestCounter Invalid { get; } = new(time, logger);

    public GlobalRateLimiter Global => _global;

    public bool IsStopped => Volatile.Read(ref _unauthorized) is not null;

    /// <summary>The response body of a 2xx (empty for 204); throws <see cref="DiscordException"/> otherwise.</summary>
    public async Task<byte[]> SendAsync(DiscordRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        var failures = 0;
        var rateLimits = 0;
        while (true)
        {
            if (Volatile.Read(ref _unauthorized) is { } stopped)
            {
                throw new DiscordException(401, stopped.Code, route.ToString(), stopped.Message);
            }

            var attempt = await AttemptAsync(route, body, cancellationToken).ConfigureAwait(false);
            switch (attempt)
            {
                case { Body: { } ok }:
                    return ok;
                case { RateLimited: true } when ++rateLimits > options.MaxRateLimitRetries:
                    throw new DiscordException(429, 0, route.ToString(), $"Discord {route} stayed rate limited after {options.MaxRateLimitRetries} waits");
                case { RateLimited: true }:
                    continue;
                case { Transient: { } transient } when ++failures > options.MaxRetries:
                    throw transient;
                case { Transient: { } transient }:
                    var delay = Backoff(failures);
                    logger.LogInformation("{Error}; retry {Attempt} of {Max} in {Delay:0.###} s", transient.Message, failures, options.MaxRetries, delay.TotalSeconds);
                    await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                    continue;
                default:
                    throw attempt.Failure!;
            }
        }
    }

    private async Task<Attempt> AttemptAsync(DiscordRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        var bucket = _buckets.For(route);
        await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Checked again after each wait: a timer may fire before the clock reaches the reset.
            for (var wait = bucket.Delay(time.GetUtcNow()); wait > TimeSpan.Zero; wait = bucket.Delay(time.GetUtcNow()))
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            using var lease = route.IsInteraction ? null : await _global.AcquireAsync(cancellationToken).ConfigureAwait(false);
            using var timeout = new CancellationTokenSource(options.RequestTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                using var request = DiscordHttp.Request(_base, route, body, options);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
                var bytes = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
                var headers = RateLimitHeaders.Read(response.Headers);
                bucket.Update(headers, time.GetUtcNow());
                _buckets.Learn(route, bucket, headers.Bucket);
                return Classify(route, (int)response.StatusCode, bytes, headers, bucket);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                return Attempt.Failed(new DiscordException(0, 0, route.ToString(), $"Discord {route} timed out after {options.RequestTimeout.TotalSeconds:0.###} s", e), transient: true);
            }
            catch (HttpRequestException e)
            {
                return Attempt.Failed(new DiscordException(0, 0, route.ToString(), $"Discord {route} could not be reached: {e.HttpRequestError}", e), transient: true);
            }
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    private Attempt Classify(DiscordRoute route, int status, byte[] bytes, RateLimitHeaders headers, RateLimitBucket bucket)
    {
        if (status is >= 200 and < 300)
        {
            return new Attempt { Body = bytes };
        }

        if (status == 429)
        {
            var limit = DiscordHttp.ReadRateLimit(bytes);
            var retryAfter = limit is { RetryAfter: > 0 } ? TimeSpan.FromSeconds(limit.RetryAfter) : headers.RetryAfter ?? TimeSpan.FromSeconds(1);
            if (headers.Scope != "shared")
            {
                Invalid.Record(status, route);
            }

            if (headers.Global || limit?.Global == true)
            {
                _global.Block(retryAfter);
            }
            else
            {
                bucket.Block(retryAfter, time.GetUtcNow());
            }

            return new Attempt { RateLimited = true };
        }

        var error = DiscordException.FromResponse(status, route.ToString(), bytes);
        if (status is 401 or 403)
        {
            Invalid.Record(status, route);
        }

        // Only the bot token stops the client: interaction routes answer 401 for an expired interaction token.
        if (status == 401 && !route.IsInteraction)
        {
            return Attempt.Failed(StopAll(route), transient: false);
        }

        return Attempt.Failed(error, transient: status >= 500);
    }

    private DiscordException StopAll(DiscordRoute route)
    {
        var stop = new DiscordException(401, 0, route.ToString(),
            "Discord rejected the bot token (HTTP 401 Unauthorized): no further Discord calls will be made; set a valid token and restart");
        if (Interlocked.CompareExchange(ref _unauthorized, stop, null) is null)
        {
            logger.LogError("{Error}", stop.Message);
            return stop;
        }

        return _unauthorized!;
    }

    private TimeSpan Backoff(int failure) =>
        options.RetryBaseDelay * Math.Pow(2, failure - 1) * (1 + (Random.Shared.NextDouble() * 0.2));
}
