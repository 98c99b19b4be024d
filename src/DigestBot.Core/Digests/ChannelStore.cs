using DigestBot.Storage;
using LiteDB;
using Microsoft.Extensions.Options;

namespace DigestBot.Digests;

/// <summary>Channel schedules and health in LiteDB; a channel with no row yet gets the configured defaults.</summary>
public sealed class ChannelStore(Database db, IOptions<DigestsOptions> options)
{
    internal const string Collection = "channels";

    // A channel's row is changed a few fields at a time by commands (schedule set, pause, resume, watch add) and by
    // its digest runs; each reads the row and writes it whole, so two at once would lose the first one's change.
    private readonly Lock _changing = new();

    private ILiteCollection<ChannelState> Channels => db.Collection<ChannelState>(Collection);

    public ChannelState Get(ulong channelId) => Channels.FindById(unchecked((long)channelId)) ?? Default(channelId);

    /// <summary>Whether the channel has a stored row (a watch, a schedule or a digest made one).</summary>
    public bool Exists(ulong channelId) => Channels.Exists(Query.EQ("_id", unchecked((long)channelId)));

    public IReadOnlyList<ChannelState> All() => [.. Channels.FindAll().Where(c => !c.Archived).OrderBy(c => c.Id)];

    /// <summary>Stores the row whole; to change some of its fields, <see cref="Update"/>.</summary>
    public void Save(ChannelState channel) => Update(channel.Id, _ => channel);

    /// <summary>
    /// Changes the channel's row (the defaults when it has none yet) with nothing else changing it meanwhile; returns
    /// the row as stored.
    /// </summary>
    public ChannelState Update(ulong channelId, Func<ChannelState, ChannelState> change)
    {
        lock (_changing)
        {
            var changed = change(Get(channelId));
            Channels.Upsert(changed);
            return changed;
        }
    }

    /// <summary>Archives (or restores) a stored channel's schedule, keeping it; false when nothing changed.</summary>
    public bool SetArchived(ulong channelId, bool archived)
    {
        lock (_changing)
        {
            return Channels.FindById(unchecked((long)channelId)) is { } channel && channel.Archived != archived && Channels.Update(channel with { Archived = archived });
        }
    }

    /// <summary>The stored, live channels of a guild.</summary>
    public IReadOnlyList<ulong> ChannelsInGuild(ulong guildId) => [.. Channels.FindAll().Where(c => c.GuildId == guildId && !c.Archived).Select(c => c.Id)];

    private ChannelState Default(ulong channelId) => new()
    {
        Id = channelId,
        Schedule = options.Value.DefaultSchedule,
        TimeZone = options.Value.TimeZone,
    };
}
