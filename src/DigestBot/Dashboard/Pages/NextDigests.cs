using DigestBot.Digests;
using DigestBot.Watches;

namespace DigestBot.Dashboard.Pages;

/// <summary>
/// The overview's next digests: every channel's next fire time from the stored schedules in one read, the waiting papers
/// of every channel in one read of the pending deliveries, and the watches counted only for the few shown (each
/// schedule's next fire time is worked out once, not per channel as <see cref="ChannelStatusReader"/> does).
/// </summary>
internal sealed class NextDigests(ChannelStore channels, WatchStore watches, Outbox outbox, TimeProvider time)
{
    /// <param name="shown">Which channels may be listed (a member's own servers').</param>
    public IReadOnlyList<(ulong Channel, DateTimeOffset At, string Zone, int Watches, int Pending)> Soonest(int count, Func<ChannelState, bool> shown)
    {
        var now = time.GetUtcNow();
        var stored = channels.All();
        var known = stored.Select(c => c.Id).ToHashSet();
        var all = stored.Concat(watches.Channels().Where(id => !known.Contains(id)).Select(channels.Get));
        var schedules = new Dictionary<(string, string), DateTimeOffset?>();
        var pending = outbox.PendingCounts();
        return [.. all
            .Where(c => !c.Paused && shown(c))
            .Select(c => (c.Id, At: Next(c, now, schedules), Zone: c.TimeZone))
            .Where(c => c.At is not null)
            .OrderBy(c => c.At)
            .ThenBy(c => c.Id)
            .Take(count)
            .Select(c => (c.Id, c.At!.Value, c.Zone, watches.ForChannel(c.Id).Count, pending.GetValueOrDefault(c.Id)))];
    }

    /// <summary>Channels share a few schedules: each (schedule, zone) is worked out once per page.</summary>
    private static DateTimeOffset? Next(ChannelState channel, DateTimeOffset now, Dictionary<(string, string), DateTimeOffset?> known)
    {
        var key = (channel.Schedule, channel.TimeZone);
        if (!known.TryGetValue(key, out var next))
        {
            next = known[key] = DigestSchedule.TryParse(channel.Schedule, out var schedule, out _)
                && TimeZoneInfo.TryFindSystemTimeZoneById(channel.TimeZone, out var zone)
                    ? schedule.NextFireTimes(zone, now, 1).Cast<DateTimeOffset?>().FirstOrDefault()
                    : null;
        }

        return next;
    }
}
