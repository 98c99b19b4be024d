using DigestBot.Discord.Gateway;
using DigestBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

/// <summary>
/// Gateway mode: owns the gateway connection for the life of the bot. A refused token or a close code that
/// forbids reconnecting is one error line (logged by the client) and the end of the gateway, not of the bot.
/// On shutdown the socket closes first, then interactions in progress get a moment to finish.
/// </summary>
public sealed class DiscordGatewayService(
    IOptions<DiscordOptions> options,
    IServiceProvider services,
    TimeProvider time,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    /// <summary>The running client, once Gateway mode has started it.</summary>
    public DiscordGatewayClient? Client { get; private set; }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (Client is not null)
        {
            await services.GetRequiredService<InteractionPipeline>().DrainAsync(cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var discord = options.Value;
        if (discord.EffectiveMode != DiscordMode.Gateway)
        {
            return;
        }

        // Resolved here, not in the constructor: the host builds hosted services before it validates options.
        var handler = new GatewayDispatchHandler(services.GetRequiredService<InteractionPipeline>(), services.GetRequiredService<ChannelArchiver>(), logger);
        Client = new DiscordGatewayClient(
            new DiscordGatewayOptions
            {
                Token = discord.Token,
                GatewayUrl = string.IsNullOrWhiteSpace(discord.GatewayUrl) ? null : new Uri(discord.GatewayUrl),
            },
            handler.HandleAsync,
            services.GetRequiredService<DiscordRestClient>(),
            time,
            services.GetRequiredService<ILogger<DiscordGatewayClient>>());
        try
        {
            await Client.RunAsync(stoppingToken);
        }
        catch (DiscordGatewayException)
        {
            // Its one line is logged already; the rest of the bot (local work, digests over REST) carries on.
        }
    }
}
