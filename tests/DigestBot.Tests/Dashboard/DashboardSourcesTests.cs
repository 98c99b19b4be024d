using DigestBot.Papers;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Dashboard;

/// <summary>The overview's sources: the chart of papers per day by kind of source.</summary>
public sealed class DashboardSourcesTests
{
    [Fact]
    public async Task The_chart_shows_imported_feed_files_as_one_series_and_a_configured_feed_as_its_own()
    {
        await using var dashboard = await DashboardHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["DigestBot:Sources:List:Nature:Type"] = "Feed",
            ["DigestBot:Sources:List:Nature:Url"] = "https://www.nature.com/nature.rss",
        });
        var now = DateTimeOffset.UtcNow;
        var papers = dashboard.Get<PaperStore>();
        papers.Upsert(TestPapers.Journal("10.1234/lab.1", source: "rss:lab-feed", seen: now));
        papers.Upsert(TestPapers.Journal("10.1234/lab.2", source: "rss:other-file", seen: now));
        papers.Upsert(TestPapers.Journal("10.1234/lab.3", source: "rss:other-file", seen: now.AddDays(-1)));
        papers.Upsert(TestPapers.Journal("10.1234/lab.4", source: "rss:nature", seen: now));
        papers.Upsert(TestPapers.Arxiv("2412.00001", source: "hf-daily", seen: now));
        await dashboard.SignInAsync();

        var overview = await dashboard.Client.GetStringAsync("/");

        Assert.Contains("aria-label=\"imported feeds: 3 in 30 days, at most 2 a day\"", overview, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"rss:nature: 1 in 30 days, at most 1 a day\"", overview, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"hf-daily: 1 in 30 days, at most 1 a day\"", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("rss:lab-feed", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("rss:other-file", overview, StringComparison.Ordinal);

        // Only the chart groups: the stored counts keep each file's own source.
        Assert.Contains(papers.Arrivals(DateOnly.FromDateTime(now.UtcDateTime).AddDays(-2)), a => a.Source == "rss:other-file");
    }
}
