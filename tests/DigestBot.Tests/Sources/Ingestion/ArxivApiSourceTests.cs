using System.Net;
using System.Web;
using DigestBot.Sources;
using DigestBot.Tests.Support;
using static DigestBot.Tests.Support.FixtureServer;

namespace DigestBot.Tests.Sources.Ingestion;

public sealed class ArxivApiSourceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 4, 13, 9, 30, 0, TimeSpan.Zero);
    private readonly FixtureServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task A_poll_pages_through_the_categories_submitted_window_up_to_max_results()
    {
        _server.On("/api/query", Response.Bytes(Fixtures.Recorded("arxiv_api_2026-04_search_all-testing_10_entries.xml")));
        using var bot = Harness(("PageSize", "10"), ("MaxResults", "25"));

        var counts = await bot.PollAsync("api");

        var queries = _server.Requests.Select(r => HttpUtility.ParseQueryString(r.Query)).ToList();
        Assert.Equal(["0", "10", "20"], queries.Select(q => q["start"]));
        Assert.Equal(["10", "10", "5"], queries.Select(q => q["max_results"]));
        Assert.Equal(
            "(cat:cs.LG OR cat:stat.ML) AND submittedDate:[202604060930 TO 202604130930]",
            queries[0]["search_query"]);
        Assert.All(queries, q => Assert.Equal("submittedDate", q["sortBy"]));
        Assert.Equal((10, 20), (counts!.New, counts.Unchanged));
        Assert.Equal("202604130930", bot.State("api").Cursor);
    }

    [Fact]
    public async Task The_next_window_reaches_back_over_the_announcement_lag()
    {
        _server.On("/api/query", Response.Bytes(Fixtures.Recorded("arxiv_api_2026-04_zero_results.xml")));
        using var bot = Harness();

        await bot.PollAsync("api");
        bot.Clock.Advance(TimeSpan.FromDays(1));
        await bot.PollAsync("api");

        var second = HttpUtility.ParseQueryString(_server.Requests.Last().Query)["search_query"];
        Assert.Equal("(cat:cs.LG OR cat:stat.ML) AND submittedDate:[202604090930 TO 202604140930]", second);
        Assert.Equal(2, bot.State("api").SuccessfulPolls);
    }

    [Fact]
    public async Task An_empty_first_page_is_asked_once_more_before_it_is_believed()
    {
        _server.On("/api/query", Response.Bytes(Fixtures.Recorded("arxiv_api_2026-04_zero_results.xml")))
               .On("/api/query", Response.Bytes(Fixtures.Recorded("arxiv_api_2026-04_search_all-testing_10_entries.xml")));
        using var bot = Harness(("PageSize", "10"), ("MaxResults", "10"));

        var counts = await bot.PollAsync("api");

        Assert.Equal(10, counts!.New);
        Assert.Equal(["0", "0"], _server.Requests.Select(r => HttpUtility.ParseQueryString(r.Query)["start"]));
    }

    [Fact]
    public async Task An_error_entry_with_http_400_is_recorded_as_the_error_and_stores_nothing()
    {
        _server.On("/api/query", new Response(
            HttpStatusCode.BadRequest, Fixtures.Recorded("arxiv_api_2026-04_error_http400_bad_id.xml"), new Dictionary<string, string>()));
        using var bot = Harness();

        var counts = await bot.PollAsync("api");

        Assert.Null(counts);
        Assert.Contains("incorrect id format for abc", bot.State("api").LastError, StringComparison.Ordinal);
        Assert.Equal(0, bot.Papers.Count());
        Assert.Single(_server.Requests);
    }

    private SourcesHarness Harness(params (string Key, string Value)[] settings) => new(
        Now,
        [
            ("DigestBot:Sources:List:api:Type", "ArxivApi"),
            ("DigestBot:Sources:List:api:Categories:0", "cs.LG"),
            ("DigestBot:Sources:List:api:Categories:1", "stat.ML"),
            ("DigestBot:Sources:List:api:Url", _server.BaseUrl + "/api/query"),
            .. settings.Select(s => ($"DigestBot:Sources:List:api:{s.Key}", s.Value)),
        ]);
}
