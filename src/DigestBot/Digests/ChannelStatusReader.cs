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
        return [.. ids.Select(Read)];
    }

    private ChannelStatus Read(ulong id)
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
            outbox.PendingCount(id),
            channel.LastDigestAt,
            channel.LastError);
    }
}
