using Discord.Net.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

/// <summary>
/// The state <see cref="GuardedRestClient"/> keeps for the whole process, whichever Discord.Net client it serves: the
/// global pace, the invalid-request count, and whether Discord refused the bot token (which stops the bot).
/// </summary>
public sealed class DiscordRestGuard(IOptions<DiscordOptions> options, InvalidRequestCounter invalid, FatalStop stop, ILogger<DiscordRestGuard> logger)
{
    public const string TokenRejectedLine =
        "Discord rejected the bot token (HTTP 401 Unauthorized): set a valid DigestBot__Discord__Token and restart";

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

        // Only the bot token stops the bot: interaction routes answer 401 for an expired interaction token.
        if (status == 401 && !route.IsInteraction && Interlocked.Exchange(ref _rejected, 1) == 0)
        {
            logger.LogDebug("Discord answered 401 to {Route}", route.Template);
            stop.Stop(TokenRejectedLine);
        }
    }

    private static bool IsShared(RestResponse response) =>
        response.Headers?.TryGetValue("X-RateLimit-Scope", out var scope) == true && scope == "shared";
}
