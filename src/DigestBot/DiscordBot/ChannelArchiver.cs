using DigestBot.Digests;
using DigestBot.Watches;
using Microsoft.Extensions.Logging;

namespace DigestBot.DiscordBot;

/// <summary>
/// A channel deleted in Discord, or a guild the bot was removed from: its watches and schedule are archived
/// (kept and restorable, never matched or posted) and its digest job removed. A guild outage changes nothing.
/// </summary>
public sealed class ChannelArchiver(WatchStore watches, ChannelStore channels, DigestScheduler scheduler, ILogger<ChannelArchiver> logger)
{
    public async Task ArchiveChannelAsync(ulong channelId, CancellationToken cancellationToken)
    {
        var archived = watches.SetArchived(channelId, archived: true);
        var scheduled = channels.SetArchived(channelId, archived: true);
        if (archived == 0 && !scheduled)
        {
            return;
        }

        await scheduler.RescheduleAsync(channelId, catchUp: false, cancellationToken);
        logger.LogInformation("Channel {Channel} was deleted in Discord: archived its {Count} watches and its schedule (kept, restorable)", channelId, archived);
    }

    public async Task ArchiveGuildAsync(ulong guildId, CancellationToken cancellationToken)
    {
        var affected = watches.ChannelsInGuild(guildId).Union(channels.ChannelsInGuild(guildId)).ToList();
        logger.LogInformation("DigestBot was removed from guild {Guild}: archiving {Count} of its channels", guildId, affected.Count);
        foreach (var channel in affected)
        {
            await ArchiveChannelAsync(channel, cancellationToken);
        }
    }
}
