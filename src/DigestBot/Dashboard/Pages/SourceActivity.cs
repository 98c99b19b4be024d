using DigestBot.Papers;
using DigestBot.Sources;
using Microsoft.Extensions.Options;

namespace DigestBot.Dashboard.Pages;

/// <summary>
/// Papers first stored per day per source over the last 30 days, from the counts the store keeps as it stores them
/// (<see cref="PaperStore.Arrivals"/>: 30 days × sources documents, however many papers), kept for a minute: the
/// overview may be reloaded often, the counts change only when a poll lands.
/// A feed's papers are stored under <c>rss:</c> and its name: a configured feed's name, but an imported file's name (or an
/// imported address's host) for each import. The chart keeps a configured feed's own series and draws every other feed as
/// one <see cref="ImportedFeeds"/> series, so that a few imports do not each add a row; the stored counts keep each name.
/// </summary>
internal sealed class SourceActivity(PaperStore papers, IOptions<SourcesOptions> sources)
{
    public const int Days = 30;

    /// <summary>The series of feeds no configured source names: imported files and addresses, and feeds since removed from the configuration.</summary>
    public const string ImportedFeeds = "imported feeds";

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
            var configuredFeeds = sources.Value.List.Where(s => s.Value.Type == SourceType.Feed).Select(s => SourceNames.Rss(s.Key)).ToHashSet(StringComparer.Ordinal);
            var series = papers.Arrivals(first)
                .GroupBy(a => ChartSeries(a.Source, configuredFeeds), StringComparer.Ordinal)
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

    private static string ChartSeries(string source, HashSet<string> configuredFeeds) =>
        source.StartsWith("rss:", StringComparison.Ordinal) && !configuredFeeds.Contains(source) ? ImportedFeeds : source;

    public sealed record PerDayCounts(IReadOnlyList<DateOnly> Days, IReadOnlyList<(string Label, IReadOnlyList<int> Counts)> Series);
}
