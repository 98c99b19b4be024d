using DigestBot.Digests;
using DigestBot.Watches;

namespace DigestBot.Dashboard.Pages;

/// <summary>
/// Matches per day per watch over 30 days, from the channel's deliveries (each names the watches that matched it), so a
/// silent watch and a noisy one stand out. A paper matched by two watches counts for both.
/// </summary>
internal sealed class WatchActivity(Outbox outbox)
{
    public const int Days = 30;

    public Html Render(ulong channelId, IReadOnlyList<Watch> watches, DateTimeOffset now)
    {
        var days = BarChart.LastDays(now, Days);
        var first = days[0];
        var deliveries = outbox.CreatedSince(channelId, new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var counts = watches.Select(w => w.Name).Distinct(StringComparer.Ordinal).ToDictionary(n => n, _ => new int[Days], StringComparer.Ordinal);
        foreach (var delivery in deliveries)
        {
            var index = DateOnly.FromDateTime(delivery.CreatedAt.UtcDateTime).DayNumber - first.DayNumber;
            foreach (var name in delivery.WatchNames)
            {
                if (index is >= 0 and < Days && counts.TryGetValue(name, out var row))
                {
                    row[index]++;
                }
            }
        }

        return BarChart.Render(
            "Papers matched per day by each watch (30 days, UTC; today last)",
            days,
            [.. counts.Select(c => (c.Key, (IReadOnlyList<int>)c.Value))]);
    }
}
