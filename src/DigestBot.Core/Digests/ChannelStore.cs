using DigestBot.Storage;
using LiteDB;
using Microsoft.Extensions.Options;

namespace DigestBot.Digests;

/// <summary>Channel schedules and health in LiteDB; a channel with no row yet gets the configured defaults.</summary>
public sealed class ChannelStore(Database db, IOptions<DigestsOptions> options)
{
    internal const string Collection = "channels";

    private ILiteCollection<ChannelState> Channels => db.Collection<ChannelState>(Collection);

    public ChannelState Get(ulong channelId) => Channels.FindById(unchecked((long)channelId)) ?? Default(channelId);

    /// <summary>Whether the channel has a stored row (a watch, a schedule or a digest made one).</summary>
    public bool Exists(ulong channelId) => Channels.Exists(Query.EQ("_id", unchecked((long)channelId)));

    public IReadOnlyList<ChannelState> All() => [.. Channels.FindAll().Where(c => !c.Archived).OrderBy(c => c.Id)];

    public void Save(ChannelState channel) => Channels.Upsert(channel);

    /// <summary>Archives (or restores) a stored channel's schedule, keeping it; false when nothing changed.</summary>
    public bool SetArchived(ulong channelId, bool archived) =>
        Channels.FindById(unchecked((long)channelId)) is { } channel && channel.Archived != archived && Channels.Update(channel with { Archived = archived });

    /// <summary>The stored, live channels of a guild.</summary>
    public IReadOnlyList<ulong> ChannelsInGuild(ulong guildId) => [.. Channels.FindAll().Where(c => c.GuildId == guildId && !c.Archived).Select(c => c.Id)];

    private ChannelState Default(ulong channelId) => new()
    {
        Id = channelId,
        Schedule = options.Value.DefaultSchedule,
        TimeZone = options.Value.TimeZone,
    };
}
