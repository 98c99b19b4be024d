using DigestBot.Digests;
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

        Assert.Contains("<a href=\"/channels/11\">channel 11</a> (0 waiting, 1 watches)", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("/channels/12", overview, StringComparison.Ordinal);
        Assert.Contains("<h2>Semantic search</h2><p>", overview, StringComparison.Ordinal);
        Assert.Contains(" papers embedded", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("/channels/13", overview, StringComparison.Ordinal);
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
