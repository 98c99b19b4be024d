using System.Net;

namespace DigestBot.Tests.Dashboard;

/// <summary>
/// The dashboard in local mode, as the benchmarks' dashboard scenario runs it: the bot is in no server, so no page asks
/// Discord for one (a channel no watch has stored included), and the key link and every page work.
/// </summary>
public sealed class DashboardCompositionTests
{
    [Fact]
    public async Task In_local_mode_the_operator_signs_in_and_reads_every_page()
    {
        await using var dashboard = await DashboardHarness.StartAsync();
        await dashboard.SignInAsync();

        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { "/", "/channels", "/channels/0", "/channels/123456789012345678", "/search?q=agents", "/login" })
        {
            using var page = await dashboard.Client.GetAsync(path);
            statuses.Add(page.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }
}
