using System.Text.Json;
using DigestBot.Discord.Gateway;
using DigestBot.Discord.Json;
using Microsoft.Extensions.Logging;

namespace DigestBot.DiscordBot;

/// <summary>
/// What the bot does with gateway events: interactions go to the pipeline (not awaited: the socket must keep
/// reading heartbeat ACKs while commands run); a deleted channel or a guild the bot left archives watches and
/// schedules; a guild outage (GUILD_DELETE with <c>unavailable</c>) changes nothing.
/// </summary>
internal sealed class GatewayDispatchHandler(InteractionPipeline pipeline, ChannelArchiver archiver, ILogger logger)
{
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;

    public async ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        if (dispatch.Data.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        switch (dispatch.Type)
        {
            case "INTERACTION_CREATE" when dispatch.Data.Deserialize(Json.Interaction) is { } interaction:
                _ = pipeline.Start(interaction);
                break;
            case "GUILD_DELETE" when dispatch.Data.Deserialize(Json.UnavailableGuild) is { } guild:
                if (guild.Unavailable == true)
                {
                    logger.LogInformation("Guild {Guild} is unavailable (a Discord outage); its watches and schedules stay as they are", guild.Id);
                }
                else
                {
                    await archiver.ArchiveGuildAsync(guild.Id, cancellationToken);
                }

                break;
            case "CHANNEL_DELETE" or "THREAD_DELETE" when dispatch.Data.Deserialize(Json.DiscordChannel) is { } channel:
                await archiver.ArchiveChannelAsync(channel.Id, cancellationToken);
                break;
        }
    }
}
