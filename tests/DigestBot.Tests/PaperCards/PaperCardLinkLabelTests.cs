using DigestBot.Commands;
using DigestBot.Dashboard;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.PaperCards;

/// <summary>
/// The paper card names each link by what it is, as the terminal, Discord and the dashboard show it: "arXiv" and "PDF"
/// only for arXiv's own links, a doi.org link as "DOI". Real recordings: an OpenAlex work (a PeerJ article, no arXiv
/// id), a Semantic Scholar recommendation whose only link is its open-access "PDF" at doi.org, and arXiv API entries.
/// </summary>
public sealed class PaperCardLinkLabelTests : IDisposable
{
    private const string PeerJ = "https://doi.org/10.7717/peerj.4375";
    private const string Naacl = "https://doi.org/10.18653/v1/2021.naacl-srw.7";
    private readonly TempDirectory _temp = new();
    private readonly ServiceProvider _services;

    public PaperCardLinkLabelTests()
    {
        var config = new Dictionary<string, string?> { ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data") };
        _services = TestApp.Services(config, o => o.Use<TimeProvider>(new FakeTimeProvider(Fixtures.SeenAt))).BuildWithStorage();
        var seen = Fixtures.SeenAt;
        _services.GetRequiredService<PaperStore>().UpsertBatch(
        [
            .. OpenAlexParser.Parse(Fixtures.Recorded("openalex_work_2026-02_W2741809807.json"), seen).Items.Select(i => i.Paper),
            .. SemanticScholarParser.Parse(Fixtures.Recorded("semantic_scholar_recommendations_2026-03_forpaper_1706.03762_5.json"), seen).Items.Select(i => i.Paper),
            .. ArxivApiParser.Parse(Fixtures.Recorded("arxiv_api_2026-04_search_all-testing_10_entries.xml"), seen).Items.Select(i => i.Paper),
            .. FeedParser.Parse(Fixtures.Recorded("bair_blog_rss_2026-04-20_3_items.xml"), SourceNames.Rss("bair"), seen).Items.Select(i => i.Paper),
        ]);
    }

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task A_journal_article_from_openalex_shows_its_doi_link_as_DOI_never_as_arXiv()
    {
        var reply = await PaperAsync("W2741809807");

        var (terminal, _) = DiscordPayloads.RenderConsole(reply);
        Assert.Contains($"\n  {PeerJ}\n", terminal, StringComparison.Ordinal);
        Assert.Contains($"DOI: {PeerJ}", terminal, StringComparison.Ordinal);
        Assert.DoesNotContain("arXiv:", terminal, StringComparison.Ordinal);

        var discord = Discord(reply);
        Assert.Contains($"\"label\":\"DOI\",\"url\":\"{PeerJ}\"", discord, StringComparison.Ordinal);
        Assert.DoesNotContain("\"label\":\"arXiv\"", discord, StringComparison.Ordinal);

        var html = ReplyHtml.Render(reply).Value;
        Assert.Contains($"<a href=\"{PeerJ}\">DOI</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">arXiv</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paper_whose_only_link_is_a_doi_given_as_its_pdf_shows_it_as_DOI_and_under_the_title()
    {
        var reply = await PaperAsync("10.18653/v1/2021.naacl-srw.7");

        var (terminal, _) = DiscordPayloads.RenderConsole(reply);
        Assert.StartsWith($"Syntax-Based Attention Masking for Neural Machine Translation\n  {Naacl}\n", terminal, StringComparison.Ordinal);
        Assert.Contains($"DOI: {Naacl}", terminal, StringComparison.Ordinal);
        Assert.DoesNotContain("PDF:", terminal, StringComparison.Ordinal);

        var discord = Discord(reply);
        Assert.Contains($"\"url\":\"{Naacl}\"", discord.Split("\"components\"")[0], StringComparison.Ordinal);
        Assert.Contains($"\"label\":\"DOI\",\"url\":\"{Naacl}\"", discord, StringComparison.Ordinal);
        Assert.DoesNotContain("\"label\":\"PDF\"", discord, StringComparison.Ordinal);

        var html = ReplyHtml.Render(reply).Value;
        Assert.Contains($"<h3><a href=\"{Naacl}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Naacl}\">DOI</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_arxiv_paper_keeps_its_arXiv_and_PDF_links()
    {
        var reply = await PaperAsync("2204.08348");

        var (terminal, _) = DiscordPayloads.RenderConsole(reply);
        Assert.Matches(@"arXiv: https?://arxiv\.org/abs/2204\.08348\S*  PDF: https?://arxiv\.org/pdf/2204\.08348", terminal);
        Assert.Matches("\"label\":\"arXiv\",\"url\":\"https?://arxiv.org/abs/2204.08348", Discord(reply));
        Assert.Matches(@"<a href=""https?://arxiv\.org/pdf/2204\.08348[^""]*"">PDF</a>", ReplyHtml.Render(reply).Value);
    }

    [Fact]
    public async Task A_blog_post_from_a_feed_names_its_link_by_the_site_not_as_a_landing_page()
    {
        const string Post = "http://bair.berkeley.edu/blog/2026/03/13/spex/";
        var id = FeedParser.Parse(Fixtures.Recorded("bair_blog_rss_2026-04-20_3_items.xml"), SourceNames.Rss("bair"), Fixtures.SeenAt)
            .Items.Single(i => i.Paper.Links.Abs == Post).Paper.Id;

        var reply = await PaperAsync(id.ToString());

        var (terminal, _) = DiscordPayloads.RenderConsole(reply);
        Assert.Contains($"bair.berkeley.edu: {Post}", terminal, StringComparison.Ordinal);
        Assert.Contains($"\"label\":\"bair.berkeley.edu\",\"url\":\"{Post}\"", Discord(reply), StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Post}\">bair.berkeley.edu</a>", ReplyHtml.Render(reply).Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.nature.com/articles/s41586-026-00001-2", "nature.com")]
    [InlineData("https://journals.aps.org/prl/abstract/10.1103/PhysRevLett.1", "journals.aps.org")]
    [InlineData("not a web address", ReadingLinks.WebPage)]
    public void Any_other_page_is_named_by_its_site(string url, string label) => Assert.Equal(label, ReadingLinks.PageLabel(url));

    private static string Discord(Reply reply) =>
        string.Concat(DiscordPayloads.RenderValid(reply).Select(m => DiscordJson.Of(m).ToJsonString()));

    private async Task<Reply> PaperAsync(string id)
    {
        var reply = await _services.GetRequiredService<CommandDispatcher>().DispatchAsync(
            "paper", new Dictionary<string, object> { ["id"] = id }, CommandOrigin.Cli, CancellationToken.None);
        Assert.Equal(ReplyKind.Ok, reply.Kind);
        return reply;
    }
}
