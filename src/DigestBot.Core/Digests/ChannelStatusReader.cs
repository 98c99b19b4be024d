using System.Globalization;
using DigestBot.Watches;

namespace DigestBot.Digests;

/// <summary>Per channel: watches, schedule, next digest, pending papers, last digest and last error.</summary>
public sealed class ChannelStatusReader(ChannelStore channels, WatchStore watches, Outbox outbox, TimeProvider time)
{
    /// <summary>Every known channel, or just <paramref name="only"/>.</summary>
    public IReadOnlyList<ChannelStatus> Read(ulong? only = null)
    {
        var ids = only is { } one ? [one] : channels.All().Select(c => c.Id).Union(watches.Channels()).Order().ToList();

        // Every channel's pending count in one read of the pending deliveries, not one read a channel.
        var pending = only is { } single ? new Dictionary<ulong, int> { [single] = outbox.PendingCount(single) } : outbox.PendingCounts();
        return [.. ids.Select(id => Read(id, pending.GetValueOrDefault(id)))];
    }

    private ChannelStatus Read(ulong id, int pending)
    {
        var channel = channels.Get(id);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(channel.TimeZone);
        var next = !channel.Paused && DigestSchedule.TryParse(channel.Schedule, out var schedule, out _)
            ? schedule.NextFireTimes(zone, time.GetUtcNow(), 1).Cast<DateTimeOffset?>().FirstOrDefault()
            : null;
        return new ChannelStatus(
            id.ToString(CultureInfo.InvariantCulture),
            channel.GuildId.ToString(CultureInfo.InvariantCulture),
            watches.ForChannel(id).Count,
            channel.Schedule,
            channel.TimeZone,
            next,
            channel.Paused,
            channel.PausedReason,
            pending,
            channel.LastDigestAt,
            channel.LastError);
    }
}
