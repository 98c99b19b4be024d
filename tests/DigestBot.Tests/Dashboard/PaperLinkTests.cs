using System.Net;
using System.Text.RegularExpressions;
using DigestBot.Papers;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Dashboard;

/// <summary>The links the dashboard renders to a paper open that paper, whatever its id's shape.</summary>
public sealed partial class PaperLinkTests
{
    [Theory]
    [InlineData("cond-mat/0412498", "Lattice spins in old-style ids")]
    [InlineData("astro-ph/0601001", "Lattice stars in old-style ids")]
    [InlineData("doi:10.18653/v1/2020.acl-main.1", "Lattice parsing with a DOI")]
    [InlineData("2601.00001", "Lattice models with a new-style id")]
    public async Task A_link_the_preview_renders_to_a_paper_opens_that_paper(string id, string title)
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        var paper = id.StartsWith("doi:", StringComparison.Ordinal) ? TestPapers.Journal(id["doi:".Length..]) : TestPapers.Arxiv(id);
        dashboard.Get<PaperStore>().UpsertBatch([paper with { Title = title, FirstSeen = DateTimeOffset.UtcNow }]);
        await dashboard.SignInAsync();

        var preview = await dashboard.Client.GetStringAsync("/channels/0/preview?query=lattice");
        var href = WebUtility.HtmlDecode(Assert.Single(PaperHref().Matches(preview)).Groups[1].Value);
        using var opened = await dashboard.Client.GetAsync(href);
        var page = await opened.Content.ReadAsStringAsync();

        Assert.True(opened.StatusCode == HttpStatusCode.OK, $"{href} answered {opened.StatusCode}: {page}");
        Assert.Contains($"<title>{title}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("is not a paper id", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/papers/cond-mat%2F0412498")]
    [InlineData("/papers/cond-mat/0412498")]
    public async Task A_link_with_the_slash_escaped_as_links_were_made_before_opens_the_paper_too(string path)
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        dashboard.Get<PaperStore>().UpsertBatch([TestPapers.Arxiv("cond-mat/0412498") with { Title = "Lattice spins in old-style ids" }]);
        await dashboard.SignInAsync();

        using var opened = await dashboard.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("<title>Lattice spins in old-style ids", await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<a href=\"(/papers/[^\"]+)\"")]
    private static partial Regex PaperHref();
}
