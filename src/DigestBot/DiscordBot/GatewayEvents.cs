using Discord.WebSocket;
using Microsoft.Extensions.Logging;

namespace DigestBot.DiscordBot;

/// <summary>
/// What the bot does with gateway events: an interaction goes to the pipeline (not awaited: Discord.Net's gateway must
/// keep reading while commands run); a deleted channel or thread, or a guild the bot left, archives watches and
/// schedules; a guild outage changes nothing; a fatal close code or a refused token stops the bot with one line.
/// </summary>
public sealed class GatewayEvents(
    InteractionPipeline pipeline,
    ChannelArchiver archiver,
    RawInteractions raw,
    FatalStop fatal,
    TimeProvider time,
    ILogger<GatewayEvents> logger)
{
    public void Wire(BaseSocketClient client, IReadOnlyList<DiscordSocketClient> shards)
    {
        client.InteractionCreated += interaction =>
        {
            _ = pipeline.Start(new IncomingInteraction(interaction, raw.Take(interaction.Id), new CallbackFirstResponse(interaction), time.GetUtcNow()));
            return Task.CompletedTask;
        };
        client.ChannelDestroyed += channel => archiver.ArchiveChannelAsync(channel.Id, CancellationToken.None);
        client.ThreadDeleted += thread => archiver.ArchiveChannelAsync(thread.Id, CancellationToken.None);
        client.LeftGuild += guild => archiver.ArchiveGuildAsync(guild.Id, CancellationToken.None);
        client.GuildUnavailable += guild =>
        {
            // Also raised just before LeftGuild; on its own it is an outage, and watches and schedules stay as they are.
            logger.LogDebug("Guild {Guild} is unavailable", guild.Id);
            return Task.CompletedTask;
        };
        for (var i = 0; i < shards.Count; i++)
        {
            var shard = shards[i];
            var name = shards.Count > 1 ? $" (shard {i} of {shards.Count})" : string.Empty;
            shard.Connected += () =>
            {
                logger.LogInformation("Connected to the Discord gateway{Shard}", name);
                return Task.CompletedTask;
            };
            shard.Disconnected += e => Disconnected(client, e);
        }
    }

    private Task Disconnected(BaseSocketClient client, Exception? cause)
    {
        if (GatewayClose.FatalCode(cause) is { } code)
        {
            fatal.Stop(GatewayClose.Describe(code));
        }
        else if (!GatewayClose.IsTokenRefused(cause) && !fatal.Stopped)
        {
            logger.LogDebug("Disconnected from the Discord gateway: {Cause}", cause?.Message);
            return Task.CompletedTask;
        }

        // Discord.Net would try again in a second, and then for ever: no retry loop after a refused token.
        _ = client.StopAsync();
        return Task.CompletedTask;
    }
}
