using DigestBot.FakeDiscord;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Dashboard;

/// <summary>
/// "Log in with Discord" clicked through in Debian's chromium: the real bot (Gateway mode against the fake Discord) and a
/// fake Discord OAuth2 provider, both on loopback; the member agrees on the provider's consent screen, lands on the
/// overview with the server they share with the bot, and signs out.
/// </summary>
public sealed class DashboardDiscordLoginBrowserTests() : FakeDiscordProcessTest("dashboard-login-browser-token")
{
    [ChromiumFact]
    public async Task A_member_logs_in_with_Discord_through_the_consent_screen_sees_the_shared_server_and_signs_out()
    {
        var port = FixtureServer.FreePort();
        var root = $"http://127.0.0.1:{port}/";
        await using var oauth = await FakeOAuth2Server.StartAsync(new FakeOAuth2Options { RedirectUri = root + "login/discord/callback" });
        oauth.SignedIn = new FakeOAuthUser(80351110224678912, "ada", "Ada L.")
            .In(new FakeOAuthGuild(Fake.Options.GuildId, "Shared server", 1UL << 4), new FakeOAuthGuild(800000000000000001, "Elsewhere", 1UL << 3));
        using var bot = DigestBotProcess.Start(["--data", Data], Environment(
            ("DigestBot__Dashboard__ListenUrls", root.TrimEnd('/')),
            ("DigestBot__Dashboard__Discord__ClientId", oauth.Options.ClientId),
            ("DigestBot__Dashboard__Discord__ClientSecret", oauth.Options.ClientSecret),
            ("DigestBot__Dashboard__Discord__RedirectUrl", oauth.Options.RedirectUri),
            ("DigestBot__Dashboard__Discord__AuthorizeUrl", oauth.AuthorizeUrl.ToString()),
            ("DigestBot__Dashboard__Discord__ApiBaseUrl", oauth.ApiBaseUrl.ToString())));
        Assert.True(await bot.WaitForOutputAsync("Dashboard listening on", Limit), bot.Stderr);
        await using var browser = await BrowserPages.LaunchAsync();
        await using var page = await browser.NewPageAsync();

        var signIn = await page.GoToAsync(root);
        Assert.Equal(401, (int)signIn.Status);
        await BrowserPages.Screenshot(page, "sign-in");
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("#discord-login"));
        Assert.StartsWith(oauth.AuthorizeUrl.AbsoluteUri, page.Url, StringComparison.Ordinal);
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("#authorize"));

        Assert.Equal(root, page.Url);
        Assert.Equal("Overview", await BrowserPages.Text(page, "h1"));
        Assert.Equal("Ada L.", await BrowserPages.Text(page, "#member-name"));
        var servers = await BrowserPages.Text(page, "#servers");
        Assert.Contains("Shared server", servers, StringComparison.Ordinal);
        Assert.DoesNotContain("Elsewhere", servers, StringComparison.Ordinal);
        await BrowserPages.Screenshot(page, "discord-member");
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("header .who button"));
        Assert.Equal(root + "login", page.Url);
        var after = await page.GoToAsync(root);
        Assert.Equal(401, (int)after.Status);

        bot.SendSigterm();
        Assert.Equal(0, await bot.WaitForExitAsync(Limit));
        var output = bot.Stdout + bot.Stderr;
        Assert.Contains("logged in with Discord", output, StringComparison.Ordinal);
        Assert.DoesNotContain(oauth.Options.ClientSecret, output, StringComparison.Ordinal);
        Assert.DoesNotContain(Assert.Single(oauth.IssuedTokens), output, StringComparison.Ordinal);
    }
}
