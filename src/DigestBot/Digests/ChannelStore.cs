using DigestBot.Storage;
using LiteDB;
using Microsoft.Extensions.Options;

namespace DigestBot.Digests;

/// <summary>Channel schedules and health in LiteDB; a channel with no row yet gets the configured defaults.</summary>
public sealed class ChannelStore(Database db, IOptions<DigestsOptions> options)
{
    internal const string Collection = "channels";

    private readonly ILiteCollection<ChannelState> _channels = db.Collection<ChannelState>(Collection);

    public ChannelState Get(ulong channelId) => _channels.FindById(unchecked((long)channelId)) ?? Default(channelId);

    public IReadOnlyList<ChannelState> All() => [.. _channels.FindAll().Where(c => !c.Archived).OrderBy(c => c.Id)];

    public void Save(ChannelState channel) => _channels.Upsert(channel);

    /// <summary>Archives (or restores) a stored channel's schedule, keeping it; false when nothing changed.</summary>
    public bool SetArchived(ulong channelId, bool archived) =>
        _channels.FindById(unchecked((long)channelId)) is { } channel && channel.Archived != archived && _channels.Update(channel with { Archived = archived });

    /// <summary>The stored, live channels of a guild.</summary>
    public IReadOnlyList<ulong> ChannelsInGuild(ulong guildId) => [.. _channels.FindAll().Where(c => c.GuildId == guildId && !c.Archived).Select(c => c.Id)];

    private ChannelState Default(ulong channelId) => new()
    {
        Id = channelId,
        Schedule = options.Value.DefaultSchedule,
        TimeZone = options.Value.TimeZone,
    };
}
