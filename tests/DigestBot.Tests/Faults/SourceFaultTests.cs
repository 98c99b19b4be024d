using System.Net;
using System.Text.Json;
using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;
using DigestBot.Watches;
using static DigestBot.Tests.Support.FixtureServer;

namespace DigestBot.Tests.Faults;

/// <summary>
/// A fake source server that resets connections, answers 5xx bursts and 429 storms, sits on requests, and serves
/// garbage for a day before good data again: polling recovers by itself and <c>status</c> says what is going on at
/// each step. Time is a fake clock, except for the HTTP retry pauses (10 ms) and the request timeout, which run on
/// the real clock by design: each slow answer costs one real timeout (2 s).
/// </summary>
public sealed class SourceFaultTests : IDisposable
{
    private const string Feed = "/rss/cs.AI";
    private const string RssFixture = "arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml";
    private static readonly DateTimeOffset Monday = new(2026, 4, 27, 12, 0, 0, TimeSpan.Zero);
    private readonly FixtureServer _server = new();
    private readonly DigestsHarness _app;

    public SourceFaultTests()
    {
        _app = new DigestsHarness(
            Monday,
            ("DigestBot:Sources:ArxivRequestInterval", "00:00:00"),
            ("DigestBot:Sources:RetryDelay", "00:00:00.010"),
            // Long enough that a healthy answer on a busy 2-core CI machine is not cut off (0.5 s once was), and
            // well under the slow answers below, which must still time out.
            ("DigestBot:Sources:RequestTimeout", "00:00:02"),
            ("DigestBot:Sources:List:arxiv:Type", "ArxivListing"),
            ("DigestBot:Sources:List:arxiv:Categories:0", "cs.AI"),
            ("DigestBot:Sources:List:arxiv:Url", _server.BaseUrl));
        _app.Get<WatchStore>().Add(7, 500, "cat:cs.AI", null, 1);
    }

    public void Dispose()
    {
        _app.Dispose();
        _server.Dispose();
    }

    public static TheoryData<string> RecoverableBursts => ["reset", "5xx", "slow", "mixed"];

    [Theory]
    [MemberData(nameof(RecoverableBursts))]
    public async Task A_short_burst_of_faults_is_retried_within_the_poll_and_leaves_the_source_healthy(string burst)
    {
        var good = Response.Bytes(Fixtures.Recorded(RssFixture));
        Response[] faults = burst switch
        {
            "reset" => [Response.ConnectionReset, Response.ConnectionReset],
            "5xx" => [Response.Text(HttpStatusCode.BadGateway, "<html>502</html>"), Response.Text(HttpStatusCode.ServiceUnavailable, "down"), Response.Text(HttpStatusCode.InternalServerError, "oops")],
            "slow" => [good with { Delay = TimeSpan.FromSeconds(6) }],
            _ => [Response.ConnectionReset, Response.Text(HttpStatusCode.GatewayTimeout, "timeout"), good with { Delay = TimeSpan.FromSeconds(6) }],
        };
        foreach (var fault in faults)
        {
            _server.On(Feed, fault);
        }

        _server.On(Feed, good);

        var counts = await Poll();

        Assert.Null(_app.Get<SourceStateStore>().Get("arxiv").LastError);
        Assert.Equal(3, counts!.New);
        Assert.Equal(faults.Length + 1, _server.Requests.Count);
        Assert.DoesNotContain(await Why(), w => w.Contains("failing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_429_storm_longer_than_the_retries_fails_the_poll_status_says_so_and_the_next_poll_recovers()
    {
        var limited = Response.Text((HttpStatusCode)429, "slow down", ("Retry-After", "0"));
        _server.On(Feed, limited).On(Feed, limited).On(Feed, limited).On(Feed, limited)
               .On(Feed, Response.Bytes(Fixtures.Recorded(RssFixture)));

        var during = await Poll();
        var whyDuring = await Why();
        _app.Clock.Advance(TimeSpan.FromHours(1));
        var after = await Poll();

        Assert.Null(during);
        Assert.Equal(4, _server.Requests.Count(r => r.Path == Feed) - 1);
        Assert.Contains(whyDuring, w => w.StartsWith("source arxiv failing since 2026-04-27 12:00 UTC: ", StringComparison.Ordinal) && w.Contains("HTTP 429", StringComparison.Ordinal));
        Assert.Equal(3, after!.New);
        Assert.DoesNotContain(await Why(), w => w.Contains("failing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_source_serving_garbage_for_a_day_is_reported_failing_since_the_first_bad_poll_then_ok_again()
    {
        var text = Fixtures.RecordedText(RssFixture);
        for (var hour = 0; hour < 12; hour++)
        {
            _server.On(Feed, Response.Text(HttpStatusCode.OK, "<html><body><h1>Service temporarily unavailable</h1></body></html>"));
        }

        for (var hour = 0; hour < 12; hour++)
        {
            _server.On(Feed, Response.Text(HttpStatusCode.OK, text[..300]));
        }

        _server.On(Feed, Response.Bytes(Fixtures.Recorded(RssFixture)));

        var whys = new List<IReadOnlyList<string>>();
        for (var hour = 0; hour < 24; hour++)
        {
            Assert.Null(await Poll());
            whys.Add(await Why());
            _app.Clock.Advance(TimeSpan.FromHours(1));
        }

        var recovered = await Poll();
        var report = await StatusJson();

        // Every hour of the bad day, HTML first and truncated XML later, names the same start: the first bad poll.
        Assert.All(whys, why => Assert.Contains("source arxiv failing since 2026-04-27 12:00 UTC: ", why[0], StringComparison.Ordinal));
        Assert.Equal(3, recovered!.New);
        Assert.Equal(3, _app.Get<PaperStore>().Count());
        var source = report.GetProperty("sources")[0];
        Assert.Equal(JsonValueKind.Null, source.GetProperty("lastError").ValueKind);
        Assert.Equal(JsonValueKind.Null, source.GetProperty("failingSince").ValueKind);
        Assert.DoesNotContain(await Why(), w => w.Contains("failing", StringComparison.Ordinal));
    }

    private Task<IngestCounts?> Poll() => _app.Get<IngestService>().PollAsync("arxiv", CancellationToken.None);

    private async Task<JsonElement> StatusJson()
    {
        var reply = await _app.Get<CommandDispatcher>().DispatchAsync("status", new Dictionary<string, object> { ["channel"] = 500L }, CommandOrigin.Cli, CancellationToken.None);
        return JsonDocument.Parse(JsonOutput.Serialize(reply.Data)).RootElement;
    }

    private async Task<IReadOnlyList<string>> Why() =>
        [.. (await StatusJson()).GetProperty("channels")[0].GetProperty("why").EnumerateArray().Select(e => e.GetString()!)];
}
