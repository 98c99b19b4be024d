using DigestBot.Papers;

namespace DigestBot.Dashboard.Pages;

/// <summary>
/// Papers first stored per day per source over the last 30 days, from the counts the store keeps as it stores them
/// (<see cref="PaperStore.Arrivals"/>: 30 days × sources documents, however many papers), kept for a minute: the
/// overview may be reloaded often, the counts change only when a poll lands.
/// </summary>
internal sealed class SourceActivity(PaperStore papers)
{
    public const int Days = 30;

    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private (DateTimeOffset At, long Revision, PerDayCounts Counts)? _cached;

    public PerDayCounts PerDay(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_cached is { } cached && cached.Revision == papers.Revision && now - cached.At < KeepFor)
            {
                return cached.Counts;
            }

            var days = BarChart.LastDays(now, Days);
            var first = days[0];
            var series = papers.Arrivals(first)
                .GroupBy(a => a.Source, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    var counts = new int[Days];
                    foreach (var (day, _, count) in g)
                    {
                        var index = day.DayNumber - first.DayNumber;
                        if (index is >= 0 and < Days)
                        {
                            counts[index] += count;
                        }
                    }

                    return (g.Key, (IReadOnlyList<int>)counts);
                })
                .ToList();
            var result = new PerDayCounts(days, series);
            _cached = (now, papers.Revision, result);
            return result;
        }
    }

    public sealed record PerDayCounts(IReadOnlyList<DateOnly> Days, IReadOnlyList<(string Label, IReadOnlyList<int> Counts)> Series);
}
