using System.Net;
using System.Text;
using DigestBot.Sources;
using DigestBot.Tests.Support;
using static DigestBot.Tests.Support.FixtureServer;

namespace DigestBot.Tests.Sources.Ingestion;

public sealed class IngestServiceTests : IDisposable
{
    private const string RssFixture = "arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml";
    private const string DailyPapersFixture = "hf_daily_papers_2026-06-12_latest_limit30.json";
    private static readonly DateTimeOffset AnnouncementDay = new(2026, 4, 27, 12, 0, 0, TimeSpan.Zero);
    private readonly FixtureServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task The_first_poll_only_seeds_the_store_and_later_polls_announce_new_fresh_papers()
    {
        _server.On("/rss/cs.AI", Response.Bytes(Fixtures.Recorded(RssFixture)))
               .On("/rss/cs.AI", Response.Bytes(RenumberedRss()));
        using var bot = Harness();

        var first = await bot.PollAsync("arxiv");
        var second = await bot.PollAsync("arxiv");

        Assert.Equal((3, 0), (first!.New, first.Announced));
        Assert.Equal((3, 3), (second!.New, second.Announced));
        Assert.Equal(6, bot.Papers.Count());
        Assert.Equal(["2604.91935", "2604.91936", "2604.91937"], bot.Papers.Announcements().Select(a => a.Id).Order());
        Assert.Equal(2, bot.State("arxiv").SuccessfulPolls);
    }

    [Fact]
    public async Task Each_poll_records_how_many_new_papers_it_stored_and_an_unchanged_feed_records_none()
    {
        var body = Fixtures.Recorded(RssFixture);
        _server.On("/rss/cs.AI", r => r.Headers["If-None-Match"] == "\"v1\""
            ? Response.Text(HttpStatusCode.NotModified, string.Empty)
            : Response.Bytes(body, etag: "\"v1\""));
        using var bot = Harness();

        await bot.PollAsync("arxiv");
        var first = bot.State("arxiv").LastPollNew;
        await bot.PollAsync("arxiv");

        Assert.Equal(3, first);
        Assert.Equal(0, bot.State("arxiv").LastPollNew);
        Assert.Contains(bot.Get<SourceStatusReader>().Read(), s => s.Name == "arxiv" && s.LastPollNew == 0);
    }

    [Fact]
    public async Task Papers_older_than_the_freshness_window_are_stored_but_not_announced()
    {
        _server.On("/rss/cs.AI", Response.Bytes(Fixtures.Recorded(RssFixture)))
               .On("/rss/cs.AI", Response.Bytes(RenumberedRss()));
        using var bot = Harness(now: AnnouncementDay.AddDays(30));

        await bot.PollAsync("arxiv");
        var second = await bot.PollAsync("arxiv");

        Assert.Equal((3, 0), (second!.New, second.Announced));
        Assert.Empty(bot.Papers.Announcements());
    }

    [Fact]
    public async Task An_unchanged_feed_answers_304_to_the_conditional_get_and_counts_as_success()
    {
        var body = Fixtures.Recorded(RssFixture);
        _server.On("/rss/cs.AI", r => r.Headers["If-None-Match"] == "\"v1\""
            ? Response.Text(HttpStatusCode.NotModified, string.Empty)
            : Response.Bytes(body, etag: "\"v1\""));
        using var bot = Harness();

        await bot.PollAsync("arxiv");
        bot.Clock.Advance(TimeSpan.FromHours(1));
        var second = await bot.PollAsync("arxiv");

        Assert.Equal(IngestCounts.Zero, second);
        Assert.Equal("\"v1\"", _server.Requests.Last().IfNoneMatch);
        var state = bot.State("arxiv");
        Assert.Equal(AnnouncementDay.AddHours(1), state.LastSuccess);
        Assert.Equal("\"v1\"", state.ETag);
        Assert.Null(state.LastError);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_waited_out_and_retried()
    {
        _server.On("/rss/cs.AI", Response.Text((HttpStatusCode)429, "slow down", ("Retry-After", "1")))
               .On("/rss/cs.AI", Response.Bytes(Fixtures.Recorded(RssFixture)));
        using var bot = Harness();

        var counts = await bot.PollAsync("arxiv");

        Assert.Equal(3, counts!.New);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_failing_source_records_its_error_and_never_stops_the_others()
    {
        _server.On("/rss/cs.AI", Response.Text(HttpStatusCode.ServiceUnavailable, "down"));
        _server.On("/journal.xml", Response.Text(HttpStatusCode.OK, "<html><body>Maintenance</body></html>"));
        _server.On("/api/daily_papers", Response.Bytes(Fixtures.Recorded("hf_daily_papers_2026-06-12_latest_limit30.json")));
        using var bot = Harness(
            extra:
            [
                ("DigestBot:Sources:List:journal:Type", "Feed"),
                ("DigestBot:Sources:List:journal:Url", _server.BaseUrl + "/journal.xml"),
                ("DigestBot:Sources:List:hf:Type", "HfDaily"),
                ("DigestBot:Sources:List:hf:Url", _server.BaseUrl),
            ]);

        var arxiv = await bot.PollAsync("arxiv");
        var journal = await bot.PollAsync("journal");
        var hf = await bot.PollAsync("hf");

        Assert.Null(arxiv);
        Assert.Contains("HTTP 503", bot.State("arxiv").LastError, StringComparison.Ordinal);
        Assert.Equal(4, _server.Requests.Count(r => r.Path == "/rss/cs.AI"));
        Assert.Null(journal);
        Assert.NotNull(bot.State("journal").LastError);
        Assert.Equal(30, hf!.New);
        Assert.Null(bot.State("hf").LastError);
    }

    [Fact]
    public async Task A_run_of_failures_remembers_when_it_began_until_a_poll_succeeds()
    {
        var down = Response.Text(HttpStatusCode.ServiceUnavailable, "down");
        _server.On("/rss/cs.AI", down).On("/rss/cs.AI", down).On("/rss/cs.AI", down).On("/rss/cs.AI", down)
               .On("/rss/cs.AI", Response.Text(HttpStatusCode.BadRequest, "bad"))
               .On("/rss/cs.AI", Response.Bytes(Fixtures.Recorded(RssFixture)));
        using var bot = Harness();
        var first = bot.Clock.GetUtcNow();

        await bot.PollAsync("arxiv");
        bot.Clock.Advance(TimeSpan.FromHours(1));
        await bot.PollAsync("arxiv");
        var during = bot.State("arxiv");
        bot.Clock.Advance(TimeSpan.FromHours(1));
        await bot.PollAsync("arxiv");

        Assert.Equal(first, during.FailingSince!.Value, TimeSpan.FromSeconds(30));
        Assert.True(during.LastErrorAt > during.FailingSince.Value.AddMinutes(30));
        Assert.Null(bot.State("arxiv").FailingSince);
        Assert.Null(bot.Get<SourceStatusReader>().Read().Single(s => s.Name == "arxiv").FailingSince);
    }

    [Fact]
    public async Task Requests_carry_a_descriptive_user_agent_with_the_operator_contact()
    {
        _server.On("/rss/cs.AI", Response.Bytes(Fixtures.Recorded(RssFixture)));
        using var bot = Harness(extra: [("DigestBot:Sources:Contact", "mailto:lab@example.org")]);

        await bot.PollAsync("arxiv");

        Assert.Matches(@"^DigestBot/\d+\.\d+\.\d+ \(self-hosted paper digest bot; mailto:lab@example\.org\)$", _server.Requests.Single().UserAgent);
    }

    [Fact]
    public async Task Hugging_face_papers_are_stored_with_their_arxiv_categories_asked_in_one_request()
    {
        _server.On("/api/daily_papers", Response.Bytes(Fixtures.Recorded(DailyPapersFixture)));
        _server.On("/api/query", Response.Bytes(ArxivAnswerFor("2606.00467")));
        using var bot = Harness(extra: DailyPapersAndArxivApi());

        var hf = await bot.PollAsync("hf");

        Assert.Equal(30, hf!.New);
        Assert.Equal(["cs.CR"], bot.Papers.Find(DigestBot.Papers.PaperId.Parse("2606.00467"))!.Categories);
        Assert.Empty(bot.Papers.Find(DigestBot.Papers.PaperId.Parse("2606.13392"))!.Categories); // not in arXiv's answer
        var asked = Assert.Single(_server.Requests, r => r.Path == "/api/query");
        Assert.StartsWith("?id_list=2606.00467,", asked.Query, StringComparison.Ordinal);
        Assert.Equal(30, asked.Query.Split('&')[0].Split(',').Length);
        Assert.EndsWith("&max_results=30", asked.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_poll_asks_arxiv_only_for_the_papers_not_stored_with_categories_yet()
    {
        _server.On("/api/daily_papers", Response.Bytes(Fixtures.Recorded(DailyPapersFixture)));
        _server.On("/api/query", Response.Bytes(ArxivAnswerFor("2606.00467")));
        using var bot = Harness(extra: DailyPapersAndArxivApi());

        await bot.PollAsync("hf");
        await bot.PollAsync("hf");

        var asked = _server.Requests.Where(r => r.Path == "/api/query").Select(r => r.Query.Split('&')[0]["?id_list=".Length..].Split(',')).ToList();
        Assert.Equal(2, asked.Count);
        Assert.Equal(30, asked[0].Length);
        Assert.Equal([.. asked[0].Where(id => id != "2606.00467")], asked[1]);
        Assert.Equal(["cs.CR"], bot.Papers.Find(DigestBot.Papers.PaperId.Parse("2606.00467"))!.Categories);
    }

    [Fact]
    public async Task When_arxiv_cannot_give_the_categories_hugging_face_papers_are_stored_without_them()
    {
        _server.On("/api/daily_papers", Response.Bytes(Fixtures.Recorded(DailyPapersFixture)));
        _server.On("/api/query", Response.Text(HttpStatusCode.ServiceUnavailable, "down"));
        using var bot = Harness(extra: DailyPapersAndArxivApi());

        var hf = await bot.PollAsync("hf");

        Assert.Equal(30, hf!.New);
        Assert.Null(bot.State("hf").LastError);
        Assert.All(bot.Papers.Page(null, 100), p => Assert.Empty(p.Categories));
    }

    /// <summary>A recorded arXiv API answer to one id (2104.12255, cs.CR), renumbered to one of the Hugging Face page's papers.</summary>
    private static byte[] ArxivAnswerFor(string id) =>
        Encoding.UTF8.GetBytes(Fixtures.RecordedText("arxiv_api_2026-04_idlist_versioned_2104.12255v1.xml").Replace("2104.12255", id, StringComparison.Ordinal));

    private (string, string)[] DailyPapersAndArxivApi() =>
    [
        ("DigestBot:Sources:List:hf:Type", "HfDaily"),
        ("DigestBot:Sources:List:hf:Url", _server.BaseUrl),
        ("DigestBot:Sources:List:api:Type", "ArxivApi"),
        ("DigestBot:Sources:List:api:Categories:0", "cs.LG"),
        ("DigestBot:Sources:List:api:Url", _server.BaseUrl + "/api/query"),
    ];

    private static byte[] RenumberedRss() =>
        Encoding.UTF8.GetBytes(Fixtures.RecordedText(RssFixture).Replace("2604.2193", "2604.9193", StringComparison.Ordinal));

    private SourcesHarness Harness(DateTimeOffset? now = null, (string, string)[]? extra = null) => new(
        now ?? AnnouncementDay,
        [
            ("DigestBot:Sources:List:arxiv:Type", "ArxivListing"),
            ("DigestBot:Sources:List:arxiv:Categories:0", "cs.AI"),
            ("DigestBot:Sources:List:arxiv:Url", _server.BaseUrl),
            .. extra ?? [],
        ]);
}
