using DigestBot.Papers;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Papers;

/// <summary>The store counts papers first stored per day and source as it stores them (the dashboard's chart reads them).</summary>
public sealed class PaperArrivalsTests : IDisposable
{
    private readonly TestStorage _storage = new();

    private PaperStore Store => _storage.Papers;

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    public void Dispose() => _storage.Dispose();

    [Fact]
    public void New_papers_count_once_under_the_day_and_source_that_first_brought_them()
    {
        var monday = TestPapers.Monday;
        Store.UpsertBatch(
        [
            TestPapers.Arxiv("2412.00001", seen: monday),
            TestPapers.Arxiv("2412.00002", seen: monday.AddHours(1)),
            TestPapers.Arxiv("2412.00003", source: "hf-daily", seen: monday.AddDays(1)),
        ]);

        // Seen again (another source, a later day) and a new version: updates, not arrivals.
        Store.Upsert(TestPapers.Arxiv("2412.00001", source: "hf-daily", seen: monday.AddDays(1)));
        Store.Upsert(TestPapers.Arxiv("2412.00002", version: 2, seen: monday.AddDays(2)));
        Store.Upsert(TestPapers.Arxiv("2412.00004", source: "hf-daily", seen: monday.AddDays(1).AddHours(3)));

        Assert.Equal(
            [(Day(monday), "arxiv-api", 2), (Day(monday).AddDays(1), "hf-daily", 2)],
            Store.Arrivals(Day(monday)).OrderBy(a => a.Day).ThenBy(a => a.Source, StringComparer.Ordinal));
        Assert.Equal([(Day(monday).AddDays(1), "hf-daily", 2)], Store.Arrivals(Day(monday).AddDays(1)));
    }

    [Fact]
    public void The_counts_agree_with_the_stored_papers_first_sightings()
    {
        var random = new Random(7);
        var sources = new[] { "arxiv-api", "hf-daily", "rss:nature", "openalex" };
        for (var batch = 0; batch < 20; batch++)
        {
            // Sightings arrive in time order, as polls bring them (so a paper's first sighting is the one that stored it).
            Store.UpsertBatch([.. Enumerable.Range(0, 25).Select(i =>
            {
                var id = $"2412.{random.Next(300):D5}";
                return TestPapers.Arxiv(id, version: 1 + random.Next(3), source: sources[random.Next(sources.Length)], seen: TestPapers.Monday.AddHours(batch * 7).AddMinutes(i));
            })]);
        }

        var expected = Store.SeenAfter(TestPapers.Monday.AddDays(-1), int.MaxValue)
            .GroupBy(p => (Day(p.FirstSeen), p.Sources.MinBy(s => s.SeenAt)!.Source))
            .Select(g => (g.Key.Item1, g.Key.Source, g.Count()))
            .Order();

        Assert.True(Store.Count() > 100);
        Assert.Equal(expected, Store.Arrivals(Day(TestPapers.Monday)).Order());
    }
}
