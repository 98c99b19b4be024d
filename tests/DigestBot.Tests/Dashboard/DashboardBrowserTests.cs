using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;
using PuppeteerSharp;

namespace DigestBot.Tests.Dashboard;

/// <summary>
/// End to end in a real browser: the real bot (Gateway mode against the fake Discord) serves its dashboard on loopback and
/// headless chromium signs in with the key link, adds a watch through its live preview, and finds the digest the watch
/// brought in the channel's delivery log. Screenshots of each page go to <c>screenshots/</c> in the test output.
/// </summary>
public sealed class DashboardBrowserTests() : FakeDiscordProcessTest("dashboard-browser-token")
{
    private const string Channel = "500";

    [ChromiumFact]
    public async Task A_watch_added_in_the_browser_with_its_live_preview_brings_a_digest_that_shows_in_the_delivery_log()
    {
        await Cli("import", Fixtures.RecordedPath("hf_daily_papers_2026-06-12_latest_limit30.json"));
        using var bot = DigestBotProcess.Start(["--data", Data], Settings());
        Assert.True(await bot.WaitForOutputAsync("Dashboard listening on", Limit), bot.Stderr);
        var link = (await Cli("dashboard")).Trim();
        await using var browser = await BrowserPages.LaunchAsync();
        await using var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1100, Height = 900 });

        await page.GoToAsync(link);
        Assert.DoesNotContain("key=", page.Url, StringComparison.Ordinal);
        Assert.Equal("Overview", await BrowserPages.Text(page, "h1"));

        await page.GoToAsync(Root(link) + "channels/" + Channel);
        await page.TypeAsync("#query", "agent OR agents");
        // The preview follows the typing; wait for the one that answers the whole query.
        await page.WaitForFunctionAsync("() => document.querySelector('#preview-count')?.dataset.query === 'agent OR agents'");
        var preview = await BrowserPages.Text(page, "#preview");
        Assert.Matches(@"^[1-9]\d* of the 30 most recently stored papers would have matched", preview.Trim());
        Assert.Contains("· matched agent", preview, StringComparison.Ordinal);
        await BrowserPages.Screenshot(page, "watch-editor");
        await (await page.QuerySelectorAsync("#watch-editor")).ScreenshotAsync(Path.Combine(BrowserPages.Screenshots, "dashboard-watch-preview.png"));
        await page.TypeAsync("#name", "agents");
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("#watch-editor button:not(.secondary)"));
        Assert.Contains("agents", await BrowserPages.Text(page, "#watch-list"), StringComparison.Ordinal);
        Assert.Contains("Watch agents saved.", await BrowserPages.Text(page, "main"), StringComparison.Ordinal);

        // The watch was made in the browser; the papers arrive as a poll would bring them, and the channel posts at once.
        await Cli("schedule", "set", "instant", "--channel", Channel);
        await Cli("import", Fixtures.RecordedPath("arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml"), "--notify");
        await DiscordAppHarness.EventuallyAsync(() => Fake.Channels.Messages(500).Count > 0, "the digest to reach the fake Discord");
        var log = await ReloadUntilAsync(page, "part 1/1: sent");
        Assert.Contains("Digest 500-1", log, StringComparison.Ordinal);
        Assert.Contains("part 1/1: sent", log, StringComparison.Ordinal);
        Assert.Contains(Fake.Channels.Messages(500)[0]["id"]!.GetValue<string>(), log, StringComparison.Ordinal);
        await BrowserPages.Screenshot(page, "channel");

        await page.GoToAsync(Root(link));
        await BrowserPages.Screenshot(page, "overview");
        await page.GoToAsync(Root(link) + "search?q=agents");
        await BrowserPages.Screenshot(page, "search");
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("#results .hits a"));
        Assert.Contains("@", await BrowserPages.Text(page, "#bibtex"), StringComparison.Ordinal);
        Assert.Contains("TL;DR", await BrowserPages.Text(page, "main"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#similar a[href^=\"/papers/\"]').length") > 0);
        await BrowserPages.Screenshot(page, "paper");

        bot.SendSigterm();
        Assert.Equal(0, await bot.WaitForExitAsync(Limit));
        Assert.DoesNotContain(link[(link.IndexOf("key=", StringComparison.Ordinal) + 4)..], bot.Stdout + bot.Stderr, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Forged_posts_from_the_browser_without_the_form_token_or_with_a_wrong_key_change_nothing()
    {
        using var bot = DigestBotProcess.Start(["--data", Data], Settings());
        Assert.True(await bot.WaitForOutputAsync("Dashboard listening on", Limit), bot.Stderr);
        var link = (await Cli("dashboard")).Trim();
        await using var browser = await BrowserPages.LaunchAsync();
        await using var page = await browser.NewPageAsync();
        await page.GoToAsync(link);
        await page.GoToAsync(Root(link) + "channels/" + Channel);

        // Signed in, but a post without the antiforgery token, as another page's script or form would send it.
        var forged = await page.EvaluateFunctionAsync<int>(
            "async () => (await fetch('/channels/" + Channel + "/watches', { method: 'POST', body: new URLSearchParams({ query: 'forged' }) })).status");

        // A second browser that knows the address but not the key.
        await using var stranger = await browser.CreateBrowserContextAsync();
        await using var strangerPage = await stranger.NewPageAsync();
        var wrongKey = await strangerPage.GoToAsync(Root(link) + "?key=not-the-key");
        var refused = await strangerPage.GoToAsync(Root(link) + "channels/" + Channel);

        Assert.Equal(400, forged);
        Assert.Equal(403, (int)wrongKey.Status);
        Assert.Equal(401, (int)refused.Status);
        await page.ReloadAsync();
        Assert.Contains("No watches yet.", await BrowserPages.Text(page, "main"), StringComparison.Ordinal);
        var list = await DigestBotProcess.RunAsync(["watch", "list", "--channel", Channel, "--data", Data], Settings());
        Assert.DoesNotContain("forged", list.Stdout, StringComparison.Ordinal);
        bot.SendSigterm();
        Assert.Equal(0, await bot.WaitForExitAsync(Limit));
    }

    private static string Root(string link) => link[..(link.IndexOf('?', StringComparison.Ordinal))];

    /// <summary>The digest reaches the fake a moment before the bot records it sent: reload (bounded) until the page says so.</summary>
    private static async Task<string> ReloadUntilAsync(IPage page, string expected)
    {
        var text = string.Empty;
        for (var i = 0; i < 100 && !text.Contains(expected, StringComparison.Ordinal); i++)
        {
            await Task.Delay(i == 0 ? 0 : 200);
            await page.ReloadAsync();
            text = await BrowserPages.Text(page, "main");
        }

        return text;
    }

    private async Task<string> Cli(params string[] args)
    {
        var result = await DigestBotProcess.RunAsync([.. args, "--data", Data], Settings());
        Assert.True(result.ExitCode == 0, result.Stderr);
        return result.Stdout;
    }

    private Dictionary<string, string> Settings() => Environment(("DigestBot__Sources__FreshnessDays", "3650"));
}
