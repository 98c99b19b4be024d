using System.Text.RegularExpressions;
using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.Dashboard;

/// <summary>What a first look at the pages with little data shows: empty states that say what is true.</summary>
public sealed class DashboardNewcomerTests
{
    [Fact]
    public async Task An_overview_with_no_digest_scheduled_links_to_where_a_watch_is_added()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();

        var overview = await dashboard.Client.GetStringAsync("/");

        Assert.Contains("No digest is scheduled: add a watch on <a href=\"/channels\">a channel's page</a>.", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_without_watches_says_no_digest_is_posted_until_it_has_one()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();

        var page = await dashboard.Client.GetStringAsync("/channels/5");

        Assert.Contains("No digest is posted until this channel has a watch", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Next digests:", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_with_a_watch_still_lists_its_next_digests()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        dashboard.Get<WatchStore>().Add(0, 5, "agents", null, 0);
        await dashboard.SignInAsync();

        var page = await dashboard.Client.GetStringAsync("/channels/5");

        Assert.Contains("Next digests:", page, StringComparison.Ordinal);
        Assert.DoesNotContain("No digest is posted until", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_whose_watches_were_removed_with_papers_still_waiting_lists_its_next_digests()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        dashboard.Get<Outbox>().AddPending([new Delivery
        {
            Id = Delivery.KeyOf(5, "2412.00001"), ChannelId = 5, PaperId = "2412.00001", WatchNames = ["agents"], CreatedAt = DateTimeOffset.UtcNow,
        }]);
        await dashboard.SignInAsync();

        var page = await dashboard.Client.GetStringAsync("/channels/5");

        Assert.Contains("Next digests:", page, StringComparison.Ordinal);
        Assert.DoesNotContain("No digest is posted until", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_watch_chart_with_no_match_yet_does_not_claim_a_bar_of_one()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        dashboard.Get<WatchStore>().Add(0, 5, "quantum gravity", "qg", 0);
        await dashboard.SignInAsync();

        var page = await dashboard.Client.GetStringAsync("/channels/5");

        Assert.DoesNotContain("the tallest bar is 1)", page, StringComparison.Ordinal);
        Assert.Contains("(nothing in these 30 days)", page, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"qg: 0 in 30 days\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_hit_without_authors_shows_no_empty_author_part()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        dashboard.Get<PaperStore>().Upsert(TestPapers.Journal("10.1234/plasma") with { Title = "Plasma lenses", Authors = [] });
        await dashboard.SignInAsync();

        var page = await dashboard.Client.GetStringAsync("/search?q=plasma");

        var line = Regex.Match(page, @"<p class=""small"">doi:10\.1234/plasma[^<]*</p>").Value;
        Assert.NotEmpty(line);
        Assert.DoesNotContain("·  ·", line, StringComparison.Ordinal);
        Assert.Matches(@"^<p class=""small"">doi:10\.1234/plasma · [^·]+</p>$", line);
    }

    [Fact]
    public async Task A_digest_of_one_paper_says_1_paper_in_the_delivery_log()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        dashboard.Get<WatchStore>().Add(0, 5, "agents", null, 0);
        dashboard.Get<PaperStore>().Upsert(TestPapers.Arxiv("2412.00001"));
        var outbox = dashboard.Get<Outbox>();
        outbox.AddPending([new Delivery
        {
            Id = Delivery.KeyOf(5, "2412.00001"), ChannelId = 5, PaperId = "2412.00001", WatchNames = ["agents"], CreatedAt = DateTimeOffset.UtcNow,
        }]);
        outbox.Create(dashboard.Get<DigestComposer>().Compose(5, outbox.Pending(5), DateTimeOffset.UtcNow, null));
        await dashboard.SignInAsync();

        var page = await dashboard.Client.GetStringAsync("/channels/5");

        Assert.Contains("<summary>1 paper</summary>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/papers/2412.00001\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_delivery_log_gives_its_times_in_the_channels_zone_as_the_next_digests_are()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        dashboard.Get<ChannelStore>().Update(5, c => c with { TimeZone = "Asia/Tokyo" });
        dashboard.Get<WatchStore>().Add(0, 5, "agents", null, 0);
        dashboard.Get<PaperStore>().Upsert(TestPapers.Arxiv("2412.00001"));
        var outbox = dashboard.Get<Outbox>();
        outbox.AddPending([new Delivery
        {
            Id = Delivery.KeyOf(5, "2412.00001"), ChannelId = 5, PaperId = "2412.00001", WatchNames = ["agents"], CreatedAt = DateTimeOffset.UtcNow,
        }]);
        var created = new DateTimeOffset(2026, 12, 7, 23, 30, 0, TimeSpan.Zero);
        var digest = dashboard.Get<DigestComposer>().Compose(5, outbox.Pending(5), created, null);
        outbox.Create(digest);
        outbox.MarkSent(digest.Id, 0, "1234", created.AddSeconds(2));
        await dashboard.SignInAsync();

        var page = await dashboard.Client.GetStringAsync("/channels/5");

        Assert.Contains($"<h3>Digest {digest.Id} · <time datetime=\"2026-12-07T23:30:00.0000000Z\">Tue 2026-12-08 08:30 (Asia/Tokyo)</time></h3>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"ok\">sent</span> <time datetime=\"2026-12-07T23:30:02.0000000Z\">Tue 2026-12-08 08:30 (Asia/Tokyo)</time> (message 1234)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_page_of_search_results_links_back_to_the_first()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        dashboard.Get<PaperStore>().UpsertBatch([.. Enumerable.Range(10, 25).Select(i => TestPapers.Arxiv($"2412.000{i}") with { Title = $"Agents number {i}" })]);
        await dashboard.SignInAsync();

        var first = await dashboard.Client.GetStringAsync("/search?q=agents");
        var second = await dashboard.Client.GetStringAsync("/search?q=agents&offset=20");
        var beyond = await dashboard.Client.GetStringAsync("/search?q=agents&offset=500");

        Assert.DoesNotContain("Previous 20 results", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/search?q=agents&amp;since=&amp;sort=&amp;offset=20\">Next 20 results</a>", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/search?q=agents&amp;since=&amp;sort=&amp;offset=0\">Previous 20 results</a>", second, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/search?q=agents&amp;since=&amp;sort=&amp;offset=0\">First 20 results</a>", beyond, StringComparison.Ordinal);
        Assert.DoesNotContain("<ol start=\"501\"", beyond, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_for_papers_similar_to_one_lists_what_similar_finds_on_one_page()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        dashboard.Get<PaperStore>().UpsertBatch([.. Enumerable.Range(10, 25).Select(i => TestPapers.Arxiv($"2412.000{i}") with { Title = $"Agents number {i}" })]);
        await dashboard.SignInAsync();

        var page = await dashboard.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("papers similar to 2412.00010"));

        Assert.Matches(@"<p>Papers (like|close in meaning to) 2412\.00010 \(Agents number 10\)", page);
        Assert.Contains("<ol start=\"1\" class=\"hits\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href=\"/papers/2412.00010\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("results</a>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    public async Task Opening_a_channel_by_an_id_that_is_not_a_number_says_so_and_links_back(string id)
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();

        using var response = await dashboard.Client.GetAsync($"/channels/open?id={id}");
        var page = await response.Content.ReadAsStringAsync();
        using var address = await dashboard.Client.GetAsync("/channels/abc");
        var addressPage = await address.Content.ReadAsStringAsync();

        // The same answer as the channel's own address with that id: a channel not found, the same sentence and link.
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(address.StatusCode, response.StatusCode);
        var sentence = id.Length == 0 ? "No channel id was given: a channel id is a number" : $"'{id}' is not a channel id: a channel id is a number";
        Assert.Contains($"<p class=\"error\" role=\"alert\">{sentence}, such as 0 or 123456789012345678.</p><p><a href=\"/channels\">Your channels</a></p>", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Channel not found</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Channel not found</h1>", addressPage, StringComparison.Ordinal);
        Assert.Contains("'abc' is not a channel id: a channel id is a number, such as 0 or 123456789012345678.</p><p><a href=\"/channels\">Your channels</a></p>", addressPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_with_no_query_suggests_example_queries_that_find_stored_papers()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        dashboard.Get<PaperStore>().UpsertBatch(
        [
            TestPapers.Arxiv("2412.00001", seen: DateTimeOffset.UtcNow.AddMinutes(-5)) with { Title = "Agents that plan with language models", Abstract = "How language model agents plan tasks." },
            TestPapers.Arxiv("2412.00002", seen: DateTimeOffset.UtcNow) with { Title = "Planning agents for robots", Abstract = "Robot agents that plan." },
        ]);
        await dashboard.SignInAsync();

        var page = await dashboard.Client.GetStringAsync("/search");

        var hint = Regex.Match(page, @"<section id=""results"" aria-label=""Results"">(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
        var links = Regex.Matches(hint, @"<a href=""(/search\?q=[^""]+)"">").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.InRange(links.Count, 2, 3);
        Assert.All(links.Where(l => l.Contains("like%3A", StringComparison.Ordinal)), l => Assert.EndsWith("like%3A2412.00002", l, StringComparison.Ordinal));
        foreach (var link in links)
        {
            var results = await dashboard.Client.GetStringAsync(link);
            Assert.DoesNotContain("role=\"alert\"", results, StringComparison.Ordinal);
            Assert.Contains("<ol start=\"1\" class=\"hits\">", results, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_search_page_with_no_query_and_no_paper_suggests_no_like_query()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();

        var page = await dashboard.Client.GetStringAsync("/search");

        Assert.Contains("id=\"search-examples\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("like%3A", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_channel_list_says_none_for_a_channel_with_no_server_stored()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        dashboard.Get<WatchStore>().Add(0, 0, "agents", null, 0);
        dashboard.Get<WatchStore>().Add(77, 12, "agents", null, 0);
        var channels = dashboard.Get<ChannelStore>();
        channels.Save(channels.Get(12) with { GuildId = 77 });
        await dashboard.SignInAsync();

        var page = await dashboard.Client.GetStringAsync("/channels");

        Assert.Contains("<a href=\"/channels/0\">0 (console)</a></th><td><span class=\"muted\">none</span></td>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/channels/12\">12</a></th><td>77</td>", page, StringComparison.Ordinal);
    }
}
