using System.Net;
using DigestBot.Sources;
using DigestBot.Tests.Support;
using static DigestBot.Tests.Support.FixtureServer;

namespace DigestBot.Tests.Sources.Ingestion;

public sealed class ImportServiceTests : IDisposable
{
    private const string RssFixture = "arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml";
    private static readonly DateTimeOffset AnnouncementDay = new(2026, 4, 27, 12, 0, 0, TimeSpan.Zero);
    private readonly FixtureServer _server = new();
    private readonly SourcesHarness _bot = new(AnnouncementDay);

    public void Dispose()
    {
        _bot.Dispose();
        _server.Dispose();
    }

    [Fact]
    public async Task A_url_is_fetched_detected_and_stored_without_announcing()
    {
        _server.On("/listing", Response.Bytes(Fixtures.Recorded(RssFixture)));

        var report = await Import(_server.BaseUrl + "/listing", notify: false);

        Assert.Null(report.Error);
        Assert.Equal(SourceFormat.ArxivRss, report.Format);
        Assert.Equal(3, report.Counts.New);
        Assert.Empty(_bot.Papers.Announcements());
    }

    [Fact]
    public async Task Notify_announces_the_new_fresh_papers_of_an_import()
    {
        var report = await Import(Fixtures.RecordedPath(RssFixture), notify: true);

        Assert.Equal(3, report.Counts.Announced);
        Assert.Equal(3, _bot.Papers.Announcements().Count);
    }

    [Fact]
    public async Task An_http_error_page_is_reported_as_unreadable_and_stores_nothing()
    {
        _server.On("/listing", Response.Text(System.Net.HttpStatusCode.BadGateway, "<html>bad gateway</html>"));

        var report = await Import(_server.BaseUrl + "/listing", notify: false);

        Assert.True(report.Unreadable);
        Assert.Contains("HTTP 502", report.Error, StringComparison.Ordinal);
        Assert.Equal(0, _bot.Papers.Count());
    }

    [Theory]
    [InlineData("2104.12255v1", "2104.12255v1")]
    [InlineData("https://arxiv.org/abs/2104.12255v1", "2104.12255v1")]
    [InlineData("https://arxiv.org/pdf/2104.12255", "2104.12255")]
    [InlineData("https://huggingface.co/papers/2104.12255", "2104.12255")]
    [InlineData("10.48550/arXiv.2104.12255", "2104.12255")]
    public async Task An_arxiv_id_or_a_link_to_its_page_imports_that_paper_from_the_arxiv_api(string input, string asked)
    {
        _server.On("/api/query", Response.Bytes(Fixtures.Recorded("arxiv_api_2026-04_idlist_versioned_2104.12255v1.xml")));
        using var bot = new SourcesHarness(AnnouncementDay, ("DigestBot:Sources:List:api:Type", "ArxivApi"), ("DigestBot:Sources:List:api:Categories:0", "cs.LG"), ("DigestBot:Sources:List:api:Url", _server.BaseUrl + "/api/query"));

        var report = await bot.Get<ImportService>().ImportAsync(input, SourceFormat.Auto, notify: false, new Progress<string>(), CancellationToken.None);

        Assert.Null(report.Error);
        Assert.Equal(SourceFormat.ArxivApi, report.Format);
        Assert.Equal(1, report.Counts.New);
        Assert.Equal("2104.12255", Assert.Single(bot.Papers.Page(null, 10)).Id);
        Assert.Equal($"?id_list={asked}", Assert.Single(_server.Requests).Query);
    }

    [Fact]
    public async Task An_arxiv_id_arxiv_does_not_know_is_one_line_and_stores_nothing()
    {
        _server.On("/api/query", Response.Bytes(Fixtures.Recorded("arxiv_api_2026-04_zero_results.xml")));
        using var bot = new SourcesHarness(AnnouncementDay, ("DigestBot:Sources:List:api:Type", "ArxivApi"), ("DigestBot:Sources:List:api:Categories:0", "cs.LG"), ("DigestBot:Sources:List:api:Url", _server.BaseUrl + "/api/query"));

        var report = await bot.Get<ImportService>().ImportAsync("2612.99999", SourceFormat.Auto, notify: false, new Progress<string>(), CancellationToken.None);

        Assert.Equal("2612.99999: arXiv has no paper 2612.99999", report.Error);
        Assert.Equal(0, bot.Papers.Count());
    }

    [Theory]
    [InlineData("10.7717/peerj.4375", "/works/doi:10.7717/peerj.4375")]
    [InlineData("doi:10.7717/PeerJ.4375", "/works/doi:10.7717/peerj.4375")]
    [InlineData("https://doi.org/10.7717/peerj.4375", "/works/doi:10.7717/peerj.4375")]
    [InlineData("W2741809807", "/works/W2741809807")]
    [InlineData("https://openalex.org/W2741809807", "/works/W2741809807")]
    public async Task A_doi_or_an_openalex_work_imports_that_work_from_the_openalex_api(string input, string asked)
    {
        _server.On(asked, Response.Bytes(Fixtures.Recorded("openalex_work_2026-02_W2741809807.json")));
        using var bot = new SourcesHarness(AnnouncementDay, ("DigestBot:Sources:List:oa:Type", "OpenAlex"), ("DigestBot:Sources:List:oa:Query", "attention"), ("DigestBot:Sources:List:oa:ApiKey", "k-123"), ("DigestBot:Sources:List:oa:Url", _server.BaseUrl));

        var report = await bot.Get<ImportService>().ImportAsync(input, SourceFormat.Auto, notify: false, new Progress<string>(), CancellationToken.None);

        Assert.Null(report.Error);
        Assert.Equal(SourceFormat.OpenAlex, report.Format);
        Assert.Equal(1, report.Counts.New);
        Assert.Equal("doi:10.7717/peerj.4375", Assert.Single(bot.Papers.Page(null, 10)).Id);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(asked, request.Path);
        Assert.Equal("?api_key=k-123", request.Query);
    }

    [Fact]
    public async Task A_doi_openalex_does_not_know_is_one_line_and_stores_nothing()
    {
        using var bot = new SourcesHarness(AnnouncementDay, ("DigestBot:Sources:List:oa:Type", "OpenAlex"), ("DigestBot:Sources:List:oa:Query", "attention"), ("DigestBot:Sources:List:oa:ApiKey", "k-123"), ("DigestBot:Sources:List:oa:Url", _server.BaseUrl));

        var report = await bot.Get<ImportService>().ImportAsync("10.9999/nothing.here", SourceFormat.Auto, notify: false, new Progress<string>(), CancellationToken.None);

        Assert.Equal("10.9999/nothing.here: OpenAlex has no work 10.9999/nothing.here", report.Error);
        Assert.Equal(0, bot.Papers.Count());
    }

    [Theory]
    [InlineData("204e3073870fae3d05bcbc2f6a8e263d9b72e776")]
    [InlineData("https://www.semanticscholar.org/paper/Attention-is-All-you-Need/204e3073870fae3d05bcbc2f6a8e263d9b72e776")]
    public async Task A_semantic_scholar_id_or_link_imports_that_paper_from_its_api_with_the_configured_key(string input)
    {
        const string Asked = "/graph/v1/paper/204e3073870fae3d05bcbc2f6a8e263d9b72e776";
        string? key = null;
        _server.On(Asked, request =>
        {
            key = request.Headers["x-api-key"];
            return Response.Bytes(Fixtures.Recorded("semantic_scholar_paper_2026-03_ARXIV-1706.03762.json"));
        });
        using var bot = new SourcesHarness(AnnouncementDay, ("DigestBot:Sources:List:s2:Type", "SemanticScholar"), ("DigestBot:Sources:List:s2:Query", "attention"), ("DigestBot:Sources:List:s2:ApiKey", "s2-key"), ("DigestBot:Sources:List:s2:Url", _server.BaseUrl));

        var report = await bot.Get<ImportService>().ImportAsync(input, SourceFormat.Auto, notify: false, new Progress<string>(), CancellationToken.None);

        Assert.Null(report.Error);
        Assert.Equal(SourceFormat.SemanticScholar, report.Format);
        Assert.Equal(1, report.Counts.New);
        Assert.Equal("1706.03762", Assert.Single(bot.Papers.Page(null, 10)).Id);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(Asked, request.Path);
        Assert.StartsWith("?fields=title,abstract,", request.Query, StringComparison.Ordinal);
        Assert.Equal("s2-key", key);
    }

    [Fact]
    public async Task A_semantic_scholar_id_it_does_not_know_or_a_rate_limit_is_one_line_and_stores_nothing()
    {
        _server.On("/graph/v1/paper/1111111111111111111111111111111111111111", Response.Text(HttpStatusCode.TooManyRequests, "{\"message\": \"Too Many Requests\"}"));
        using var bot = new SourcesHarness(AnnouncementDay, ("DigestBot:Sources:List:s2:Type", "SemanticScholar"), ("DigestBot:Sources:List:s2:Query", "attention"), ("DigestBot:Sources:List:s2:Url", _server.BaseUrl));
        var import = bot.Get<ImportService>();

        var missing = await import.ImportAsync("0000000000000000000000000000000000000000", SourceFormat.Auto, notify: false, new Progress<string>(), CancellationToken.None);
        var limited = await import.ImportAsync("1111111111111111111111111111111111111111", SourceFormat.Auto, notify: false, new Progress<string>(), CancellationToken.None);

        Assert.Equal("0000000000000000000000000000000000000000: Semantic Scholar has no paper 0000000000000000000000000000000000000000", missing.Error);
        Assert.Equal($"1111111111111111111111111111111111111111: rate limited by {new Uri(_server.BaseUrl).Authority} (HTTP 429); try again in a minute, or give a SemanticScholar source an ApiKey", limited.Error);
        Assert.Equal(0, bot.Papers.Count());
    }

    [Theory]
    [InlineData("0808.05394")]
    [InlineData("2606.1339")]
    [InlineData("arXiv:2606.133921")]
    public async Task What_looks_like_an_arxiv_id_but_is_none_is_said_not_to_be_one(string input)
    {
        var report = await Import(input, notify: false);

        Assert.Equal($"{input}: no such file, and not an arXiv id (YYMM.NNNNN from 2015 on, e.g. 2412.13795; YYMM.NNNN before, e.g. 0808.0539)", report.Error);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Several_arxiv_ids_are_asked_in_one_request_and_each_is_reported_in_the_order_given()
    {
        _server.On("/api/query", Response.Bytes(Fixtures.Recorded("arxiv_api_2026-04_idlist_two_ids_one_found.xml")));
        using var bot = new SourcesHarness(AnnouncementDay, ("DigestBot:Sources:List:api:Type", "ArxivApi"), ("DigestBot:Sources:List:api:Categories:0", "cs.LG"), ("DigestBot:Sources:List:api:Url", _server.BaseUrl + "/api/query"));
        _server.On("/listing", Response.Bytes(Fixtures.Recorded(RssFixture)));
        // The recorded answer to two ids, one of which arXiv does not have (there 0808.05394, here a well-formed one).
        string[] inputs = ["2612.99999", _server.BaseUrl + "/listing", "https://arxiv.org/abs/1707.08567"];

        var reports = new List<ImportReport>();
        await foreach (var report in bot.Get<ImportService>().ImportAllAsync(inputs, SourceFormat.Auto, notify: false, new Progress<string>(), CancellationToken.None))
        {
            reports.Add(report);
        }

        Assert.Equal(inputs, reports.Select(r => r.Input));
        Assert.Equal("2612.99999: arXiv has no paper 2612.99999", reports[0].Error);
        Assert.Equal(3, reports[1].Counts.New);
        Assert.Null(reports[2].Error);
        Assert.Equal(1, reports[2].Counts.New);
        Assert.NotNull(bot.Papers.Find(DigestBot.Papers.PaperId.Parse("1707.08567")));
        Assert.Equal(["?id_list=2612.99999,1707.08567&max_results=2", string.Empty], _server.Requests.Select(r => r.Query));
    }

    private Task<ImportReport> Import(string input, bool notify) =>
        _bot.Get<ImportService>().ImportAsync(input, SourceFormat.Auto, notify, new Progress<string>(), CancellationToken.None);
}
