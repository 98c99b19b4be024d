using DigestBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Gateway;

/// <summary>
/// Where a fresh session connects: <c>GET /gateway/bot</c> is asked before every Identify (its identify count
/// changes; the URL override still wins), then the <see cref="IdentifyBudget"/> is waited out.
/// </summary>
internal sealed class GatewayLocator(DiscordGatewayOptions options, DiscordRestClient? rest, IdentifyBudget budget, TimeProvider time, ILogger logger)
{
    public async Task<Uri> IdentifyUrlAsync(CancellationToken cancellationToken)
    {
        var url = options.GatewayUrl;
        if (rest is not null)
        {
            var bot = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
            budget.Observe(bot.SessionStartLimit);
            url ??= new Uri(bot.Url);
        }

        if (budget.Delay() is { } wait && wait > TimeSpan.Zero)
        {
            logger.LogInformation("Waiting {Delay:0.#} s before identifying, to stay far inside Discord's daily identify limit", wait.TotalSeconds);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }

        return url!;
    }

    /// <summary>The same version and encoding on every connection, resumes included.</summary>
    public static Uri Versioned(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
}
