using System.Net;
using System.Text.RegularExpressions;
using DigestBot.Papers;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Dashboard;

/// <summary>The overview's sources: what each polls, and the chart of papers per day by kind of source.</summary>
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

    [Fact]
    public async Task The_sources_table_says_what_each_source_polls_without_the_feeds_query_string_or_credentials()
    {
        await using var dashboard = await DashboardHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["DigestBot:Sources:List:arxiv:Type"] = "ArxivListing",
            ["DigestBot:Sources:List:arxiv:Categories:0"] = "cs.LG",
            ["DigestBot:Sources:List:arxiv:Categories:1"] = "cs.CL",
            ["DigestBot:Sources:List:journal:Type"] = "Feed",
            ["DigestBot:Sources:List:journal:Url"] = "https://reader:s3cretpass@feeds.example.org/rss/latest?token=abc123key",
        });
        await dashboard.SignInAsync();

        using var response = await dashboard.Client.GetAsync("/");
        var overview = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<th scope=\"col\">polls</th>", overview, StringComparison.Ordinal);
        var arxiv = WebUtility.HtmlDecode(Regex.Match(overview, @"<th scope=""row"">arxiv</th>.*?</tr>", RegexOptions.Singleline).Value);
        var journal = WebUtility.HtmlDecode(Regex.Match(overview, @"<th scope=""row"">journal</th>.*?</tr>", RegexOptions.Singleline).Value);
        Assert.Contains("<td>arXiv listing of cs.LG, cs.CL</td>", arxiv, StringComparison.Ordinal);
        Assert.Contains("<td>feed https://feeds.example.org/rss/latest?…</td>", journal, StringComparison.Ordinal);
        Assert.DoesNotContain("abc123key", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cretpass", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("reader", journal, StringComparison.Ordinal);
    }
}
