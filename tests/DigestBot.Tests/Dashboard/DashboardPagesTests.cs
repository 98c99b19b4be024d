using DigestBot.Digests;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.Dashboard;

/// <summary>What the overview and the channel pages show, read from the same stores the commands write.</summary>
public sealed class DashboardPagesTests
{
    [Fact]
    public async Task The_overview_lists_scheduled_channels_but_not_paused_or_instant_ones()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        Channel(dashboard, 11, "daily 08:00");
        Channel(dashboard, 12, "daily 08:00", paused: true);
        Channel(dashboard, 13, "instant");
        await dashboard.SignInAsync();

        var overview = await dashboard.Client.GetStringAsync("/");

        Assert.Contains("<a href=\"/channels/11\">channel 11</a> (0 waiting, 1 watch)", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("/channels/12", overview, StringComparison.Ordinal);
        Assert.Contains("<h2>Semantic search</h2><p>", overview, StringComparison.Ordinal);
        Assert.Contains(" papers embedded", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("/channels/13", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_gives_each_next_digest_in_its_channels_zone_soonest_first()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        Channel(dashboard, 14, "daily 09:00", zone: "Asia/Tokyo");
        Channel(dashboard, 15, "daily 09:00", zone: "America/New_York");
        await dashboard.SignInAsync();

        var overview = await dashboard.Client.GetStringAsync("/");

        // Before, both read in UTC ("00:00 UTC" for Tokyo's 09:00), unlike the channel pages and `status`.
        var listed = System.Text.RegularExpressions.Regex.Matches(overview, @"<li><time datetime=""([^""]+)"">\w{3} \d{4}-\d{2}-\d{2} 09:00 \(([\w/]+)\)</time> — <a href=""/channels/(\d+)"">");
        Assert.Equal(
            ["14 Asia/Tokyo", "15 America/New_York"],
            listed.Select(m => $"{m.Groups[3].Value} {m.Groups[2].Value}").Order(StringComparer.Ordinal));

        // Soonest first, by the instant, whichever zone reads the later hour.
        var instants = listed.Select(m => DateTimeOffset.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(instants.Order(), instants);
    }

    [Fact]
    public async Task The_overview_says_what_each_sources_last_poll_brought_and_since_when_a_failing_one_fails()
    {
        await using var dashboard = await DashboardHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["DigestBot:Sources:Enabled"] = "true",
            ["DigestBot:Sources:List:arxiv:Type"] = "Feed",
            ["DigestBot:Sources:List:arxiv:Url"] = "http://127.0.0.1:9/rss",
            ["DigestBot:Sources:List:hf-daily:Type"] = "Feed",
            ["DigestBot:Sources:List:hf-daily:Url"] = "http://127.0.0.1:9/hf",
        });
        var states = dashboard.Get<DigestBot.Sources.SourceStateStore>();
        var six = new DateTimeOffset(2026, 12, 5, 6, 0, 0, TimeSpan.Zero);
        states.Save(new DigestBot.Sources.SourceState { Id = "arxiv", LastAttempt = six, LastSuccess = six, SuccessfulPolls = 4, LastPollNew = 1312 });
        states.Save(new DigestBot.Sources.SourceState
        {
            Id = "hf-daily", LastAttempt = six.AddHours(3), LastSuccess = six, LastPollNew = 7, LastError = "HTTP 503", LastErrorAt = six.AddHours(3), FailingSince = six.AddHours(3).AddMinutes(-20),
        });
        await dashboard.SignInAsync();

        var overview = await dashboard.Client.GetStringAsync("/");

        var arxiv = System.Text.RegularExpressions.Regex.Match(overview, @"<th scope=""row"">arxiv</th>.*?</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        var hf = System.Text.RegularExpressions.Regex.Match(overview, @"<th scope=""row"">hf-daily</th>.*?</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains(" · 1,312 new</td>", arxiv, StringComparison.Ordinal);
        Assert.Contains("class=\"ok\"", arxiv, StringComparison.Ordinal);
        Assert.Contains("failing since", hf, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", hf, StringComparison.Ordinal);
        Assert.Contains(" · 7 new</td>", hf, StringComparison.Ordinal);
        Assert.Matches(@"<td><time datetime=""[^""]+"">\d{4}-\d{2}-\d{2} \d{2}:[03]0 UTC</time><br><span class=""muted"">every 30 minutes \(UTC\)</span></td>", arxiv);
    }

    [Fact]
    public async Task The_overview_charts_the_papers_each_source_first_brought_per_day()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        var now = DateTimeOffset.UtcNow;
        var noonTwoDaysAgo = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(-2).AddHours(12);
        var papers = dashboard.Get<DigestBot.Papers.PaperStore>();
        papers.UpsertBatch([.. Enumerable.Range(1, 3).Select(i => TestPapers.Arxiv($"2412.0000{i}", seen: noonTwoDaysAgo.AddMinutes(i)))]);
        papers.Upsert(TestPapers.Arxiv("2412.00009", source: "hf-daily", seen: now));
        papers.Upsert(TestPapers.Arxiv("2412.00001", source: "hf-daily", seen: now));
        papers.Upsert(TestPapers.Arxiv("2312.00001", seen: now.AddDays(-40)));
        await dashboard.SignInAsync();

        var overview = await dashboard.Client.GetStringAsync("/");

        // A paper seen again counts only where it first arrived; one first stored 40 days ago is outside the chart.
        Assert.Contains("aria-label=\"arxiv-api: 3 in 30 days, at most 3 a day\"", overview, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"hf-daily: 1 in 30 days, at most 1 a day\"", overview, StringComparison.Ordinal);
        var row = System.Text.RegularExpressions.Regex.Match(overview, @"<tr><th scope=""row"">arxiv-api</th>(.*?)</tr>").Groups[1].Value;
        Assert.Equal([.. Enumerable.Repeat("0", 27), "3", "0", "0"], System.Text.RegularExpressions.Regex.Matches(row, "<td>(\\d+)</td>").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task A_channel_page_shows_its_next_three_digests_in_its_own_zone()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        Channel(dashboard, 21, "weekdays 09:00", zone: "Asia/Tokyo");
        await dashboard.SignInAsync();

        var page = await dashboard.Client.GetStringAsync("/channels/21");

        var times = System.Text.RegularExpressions.Regex.Matches(page, @"<li><time datetime=""[^""]+"">(\w{3}) \d{4}-\d{2}-\d{2} 09:00 \(Asia/Tokyo\)</time></li>");
        Assert.Equal(3, times.Count);
        Assert.All(times, t => Assert.DoesNotContain(t.Groups[1].Value, new[] { "Sat", "Sun" }));
    }

    [Fact]
    public async Task The_channels_table_gives_each_channels_times_in_its_zone_and_a_cron_line_in_words()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        Channel(dashboard, 22, "0 0 9 ? * MON-FRI", zone: "Asia/Tokyo");
        await dashboard.SignInAsync();

        var table = await dashboard.Client.GetStringAsync("/channels");
        var page = await dashboard.Client.GetStringAsync("/channels/22");

        // Before, the next digest was "… 00:00 UTC" beside a schedule of 09:00 in Tokyo.
        Assert.Matches(@"<td>0 0 9 \? \* MON-FRI \(weekdays 09:00, Asia/Tokyo\)</td><td><time datetime=""[^""]+"">\w{3} \d{4}-\d{2}-\d{2} 09:00 \(Asia/Tokyo\)</time></td>", table);
        Assert.Contains("<p><code>0 0 9 ? * MON-FRI</code> (weekdays 09:00) in Asia/Tokyo</p>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/channels/abc")]
    [InlineData("/channels/-1")]
    [InlineData("/channels/abc/preview?query=agents")]
    public async Task A_channel_address_whose_id_is_not_a_number_answers_a_page_that_says_so(string path)
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();

        using var response = await dashboard.Client.GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<h1>Channel not found</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error\" role=\"alert\">", page, StringComparison.Ordinal);
        Assert.Contains("is not a channel id: a channel id is a number", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/channels\">Your channels</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_channel_list_shows_a_hundred_channels_a_page()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        for (var i = 0; i < 150; i++)
        {
            Channel(dashboard, (ulong)(1000 + i), "daily 08:00");
        }

        await dashboard.SignInAsync();

        var first = await dashboard.Client.GetStringAsync("/channels");
        var second = await dashboard.Client.GetStringAsync("/channels?page=2");

        Assert.Contains("Page 1 of 2, 150 channels.", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/channels/1099\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/channels/1100\"", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/channels/1149\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/channels/1000\"", second, StringComparison.Ordinal);
    }

    private static void Channel(DashboardHarness dashboard, ulong id, string schedule, bool paused = false, string zone = "UTC")
    {
        dashboard.Get<WatchStore>().Add(0, id, "agents", null, 0);
        var channels = dashboard.Get<ChannelStore>();
        channels.Save(channels.Get(id) with { Schedule = schedule, TimeZone = zone, Paused = paused });
    }
}
