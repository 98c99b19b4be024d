using System.Text.RegularExpressions;
using DigestBot.Papers;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Dashboard;

/// <summary>
/// The search page's Sort: the <c>search</c> command's two orders by their names, relevance (the default, which lists
/// newest first a query with nothing to rank) and date; what the page shows with each.
/// </summary>
public sealed class DashboardSearchSortTests
{
    private const string Relevance =
        "<select id=\"sort\" name=\"sort\" aria-describedby=\"sort-help\"><option value=\"\">relevance</option><option value=\"date\">date, newest first</option></select>";

    private const string Date =
        "<select id=\"sort\" name=\"sort\" aria-describedby=\"sort-help\"><option value=\"\">relevance</option><option value=\"date\" selected>date, newest first</option></select>";

    [Theory]
    [InlineData("/search", Relevance, null)]
    [InlineData("/search?q=agents", Relevance, "3 papers match “agents” (by words only, as no paper has a vector yet); showing 1–3")]
    [InlineData("/search?q=agents&sort=relevance", Relevance, "3 papers match “agents” (by words only, as no paper has a vector yet); showing 1–3")]
    [InlineData("/search?q=agents&sort=date", Date, "3 papers match “agents” (by words only, as no paper has a vector yet, newest first); showing 1–3")]
    [InlineData("/search?q=cat%3Acs.LG", Relevance, "3 papers match cat:cs.LG, newest first; showing 1–3")]
    public async Task The_sort_offers_relevance_and_date_once_each_and_shows_the_order_the_results_are_in(string path, string select, string? summary)
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        dashboard.Get<PaperStore>().UpsertBatch(
        [
            TestPapers.Arxiv("2412.00001") with { Title = "Agents agents agents", Published = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) },
            TestPapers.Arxiv("2412.00002") with { Title = "Planning agents", Published = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero) },
            TestPapers.Arxiv("2412.00003") with { Title = "Robots, and agents too", Published = new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero) },
        ]);
        await dashboard.SignInAsync();

        var page = await dashboard.Client.GetStringAsync(path);

        Assert.Contains(select, page, StringComparison.Ordinal);
        Assert.Contains(
            "<p id=\"sort-help\" class=\"small\">By relevance, a query with no words to rank (only cat:, au:, id: or term*) lists the newest first.</p>",
            page,
            StringComparison.Ordinal);
        Assert.DoesNotContain("best first", page, StringComparison.Ordinal);
        if (summary is not null)
        {
            Assert.Contains($"<p>{summary}", Regex.Replace(page, "</?strong>", string.Empty), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_link_with_sort_relevance_shows_what_the_relevance_choice_shows()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        dashboard.Get<PaperStore>().UpsertBatch([.. Enumerable.Range(10, 25).Select(i => TestPapers.Arxiv($"2412.000{i}") with { Title = $"Agents number {i}" })]);
        await dashboard.SignInAsync();

        var chosen = await dashboard.Client.GetStringAsync("/search?q=cat%3Acs.LG&sort=");
        var linked = await dashboard.Client.GetStringAsync("/search?q=cat%3Acs.LG&sort=relevance");

        Assert.Equal(Results(chosen), Results(linked));
        Assert.Contains("<a href=\"/search?q=cat%3Acs.LG&amp;since=&amp;sort=&amp;offset=20\">Next 20 results</a>", linked, StringComparison.Ordinal);
    }

    private static string Results(string page) =>
        Regex.Match(page, @"<section id=""results"" aria-label=""Results"">(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
}
