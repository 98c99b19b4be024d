using System.Globalization;
using Discord.Net.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

/// <summary>
/// The state <see cref="GuardedRestClient"/> keeps for the whole process, whichever Discord.Net client it serves: the
/// global pace (paused by a global 429), the invalid-request count, and whether Discord refused the bot token (which
/// stops the bot).
/// </summary>
public sealed class DiscordRestGuard(IOptions<DiscordOptions> options, InvalidRequestCounter invalid, FatalStop stop, ILogger<DiscordRestGuard> logger)
{
    public const string TokenRejectedLine =
        "Discord rejected the bot token (HTTP 401 Unauthorized): set a valid DigestBot__Discord__Token and restart";

    /// <summary>A longer global pause is not a rate limit any more but an outage; requests then meet it one by one.</summary>
    private static readonly TimeSpan MaxPause = TimeSpan.FromMinutes(1);

    private int _rejected;

    public GlobalPace Pace { get; } = new(options.Value.GlobalRequestsPerSecond);

    public InvalidRequestCounter Invalid => invalid;

    /// <summary>True after a 401 to the bot token: no bot-token request is sent any more.</summary>
    public bool TokenRejected => Volatile.Read(ref _rejected) == 1;

    public void Observe(RestRoute route, RestResponse response)
    {
        var status = (int)response.StatusCode;
        if (status is 401 or 403 || (status == 429 && !IsShared(response)))
        {
            invalid.Record(status, route.Template);
        }

        if (status == 429 && IsGlobal(response))
        {
            Pace.Pause(RetryAfter(response));
        }

        // Only the bot token stops the bot: interaction routes answer 401 for an expired interaction token.
        if (status == 401 && !route.IsInteraction && Interlocked.Exchange(ref _rejected, 1) == 0)
        {
            logger.LogDebug("Discord answered 401 to {Route}", route.Template);
            stop.Stop(TokenRejectedLine);
        }
    }

    private static bool IsShared(RestResponse response) => Header(response, "X-RateLimit-Scope") == "shared";

    private static bool IsGlobal(RestResponse response) =>
        Header(response, "X-RateLimit-Global") is { } global && global.Equals("true", StringComparison.OrdinalIgnoreCase)
        || Header(response, "X-RateLimit-Scope") == "global";

    /// <summary>Discord's <c>Retry-After</c> header (whole seconds, rounded up); a second when it is missing.</summary>
    private static TimeSpan RetryAfter(RestResponse response) =>
        double.TryParse(Header(response, "Retry-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(Math.Min(seconds, MaxPause.TotalSeconds))
            : TimeSpan.FromSeconds(1);

    private static string? Header(RestResponse response, string name) =>
        response.Headers is { } headers && headers.TryGetValue(name, out var value) ? value : null;
}
