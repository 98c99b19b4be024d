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

    private Task<ImportReport> Import(string input, bool notify) =>
        _bot.Get<ImportService>().ImportAsync(input, SourceFormat.Auto, notify, new Progress<string>(), CancellationToken.None);
}
