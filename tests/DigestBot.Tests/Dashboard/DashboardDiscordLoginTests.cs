using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace DigestBot.Tests.Dashboard;

/// <summary>"Log in with Discord" against a fake OAuth2 provider on loopback: the redirect, the state, the code exchange, the servers shown.</summary>
public sealed class DashboardDiscordLoginTests
{
    [Fact]
    public async Task Log_in_with_Discord_sends_the_browser_to_authorize_with_the_client_scopes_redirect_state_and_a_PKCE_challenge()
    {
        await using var dashboard = await DiscordLoginHarness.StartAsync();

        var signIn = await dashboard.Client.GetStringAsync("/login");
        using var first = await dashboard.Client.GetAsync("/login/discord");
        using var second = await dashboard.Client.GetAsync("/login/discord");

        Assert.Contains("href=\"/login/discord\"", signIn, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        var location = first.Headers.Location!;
        Assert.Equal(dashboard.OAuth.AuthorizeUrl.AbsoluteUri, location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal(dashboard.OAuth.Options.ClientId, query["client_id"]);
        Assert.Equal("identify guilds", query["scope"]);
        Assert.Equal(dashboard.OAuth.Options.RedirectUri, query["redirect_uri"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(43, query["code_challenge"].ToString().Length);
        Assert.True(query["state"].ToString().Length >= 43);
        Assert.NotEqual(query["state"], QueryHelpers.ParseQuery(second.Headers.Location!.Query)["state"]);
        Assert.DoesNotContain(dashboard.OAuth.Options.ClientSecret, location.ToString(), StringComparison.Ordinal);
        var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("digestbot-login=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/login/discord", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_round_trip_exchanges_the_code_with_its_verifier_and_shows_only_the_servers_shared_with_the_bot()
    {
        await using var dashboard = await DiscordLoginHarness.StartAsync();
        var watches = dashboard.Get<DigestBot.Watches.WatchStore>();
        watches.Add(DiscordLoginHarness.Shared, DiscordLoginHarness.SharedChannel, "transformers", null, 1);
        watches.Add(DiscordLoginHarness.BotOnly, DiscordLoginHarness.BotOnlyChannel, "agents", null, 1);
        watches.Add(0, 0, "console only", null, 0);

        using var callback = await dashboard.LogInAsync(DiscordLoginHarness.Member(DiscordLoginHarness.ManageChannels));
        var overview = await dashboard.Client.GetStringAsync("/");
        var channels = await dashboard.Client.GetStringAsync("/channels");

        Assert.Equal(HttpStatusCode.SeeOther, callback.StatusCode);
        Assert.Equal("/", callback.Headers.Location!.ToString());
        Assert.Contains(callback.Headers.GetValues("Set-Cookie"), c => c.StartsWith("digestbot-session=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        var exchange = Assert.Single(dashboard.OAuth.Requests, r => r.Path == "/api/v10/oauth2/token");
        Assert.Equal(200, exchange.Status);
        Assert.True(exchange.BasicAuth);
        Assert.Equal("authorization_code", exchange["grant_type"]);
        Assert.Equal(dashboard.OAuth.Options.RedirectUri, exchange["redirect_uri"]);
        Assert.NotNull(exchange["code_verifier"]);
        Assert.Contains("Signed in with Discord as <strong id=\"member-name\">Ada L.</strong>", overview, StringComparison.Ordinal);
        Assert.Contains("Shared server", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("Elsewhere", overview, StringComparison.Ordinal);
        Assert.Contains("href=\"/channels/500\"", channels, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/channels/600\"", channels, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/channels/0\"", channels, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await dashboard.Client.GetAsync("/channels/500")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dashboard.Client.GetAsync("/channels/600")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dashboard.Client.GetAsync("/channels/0")).StatusCode);
    }

    [Fact]
    public async Task A_callback_without_this_browsers_state_signs_nobody_in_and_exchanges_no_code()
    {
        await using var dashboard = await DiscordLoginHarness.StartAsync();
        var member = DiscordLoginHarness.Member(DiscordLoginHarness.ManageChannels);
        member.HasAuthorized = true;
        dashboard.OAuth.SignedIn = member;

        // Each attempt on a login of its own: a refused callback also ends the login it named.
        var first = await dashboard.ToDiscordAndBackAsync();
        using var wrong = await dashboard.Client.GetAsync(Callback(first, state: Param(first, "state")[..^2] + "xx"));
        using var rightTooLate = await dashboard.Client.GetAsync(first.PathAndQuery);
        var second = await dashboard.ToDiscordAndBackAsync();
        using var missing = await dashboard.Client.GetAsync(Callback(second, state: null));
        var third = await dashboard.ToDiscordAndBackAsync();
        using var stranger = new HttpClient { BaseAddress = dashboard.Client.BaseAddress };
        using var otherBrowser = await stranger.GetAsync(third.PathAndQuery);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherBrowser.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, rightTooLate.StatusCode);
        Assert.Contains("Nobody was signed in", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(dashboard.OAuth.Requests, r => r.Path == "/api/v10/oauth2/token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await dashboard.Client.GetAsync("/")).StatusCode);
    }

    private static string Param(Uri back, string name) => QueryHelpers.ParseQuery(back.Query)[name].ToString();

    private static string Callback(Uri back, string? state) =>
        $"/login/discord/callback?code={Param(back, "code")}" + (state is null ? string.Empty : $"&state={Uri.EscapeDataString(state)}");

    [Fact]
    public async Task A_used_callback_cannot_sign_in_again()
    {
        await using var dashboard = await DiscordLoginHarness.StartAsync();
        var member = DiscordLoginHarness.Member(DiscordLoginHarness.ManageChannels);
        member.HasAuthorized = true;
        dashboard.OAuth.SignedIn = member;
        var back = await dashboard.ToDiscordAndBackAsync();
        using var first = await dashboard.Client.GetAsync(back.PathAndQuery);

        using var replayed = await dashboard.Client.GetAsync(back.PathAndQuery);

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Single(dashboard.OAuth.Requests, r => r.Path == "/api/v10/oauth2/token");
    }

    [Fact]
    public async Task A_member_who_declines_on_Discord_is_not_signed_in()
    {
        await using var dashboard = await DiscordLoginHarness.StartAsync();
        dashboard.OAuth.SignedIn = DiscordLoginHarness.Member(DiscordLoginHarness.ManageChannels);
        using var start = await dashboard.Client.GetAsync("/login/discord");
        using var discord = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var consent = await discord.GetStringAsync(start.Headers.Location);
        var fields = QueryHelpers.ParseQuery(start.Headers.Location!.Query).ToDictionary(f => f.Key, f => f.Value.ToString());
        fields["decision"] = "deny";
        using var declined = await discord.PostAsync(dashboard.OAuth.AuthorizeUrl, new FormUrlEncodedContent(fields));

        using var callback = await dashboard.Client.GetAsync(declined.Headers.Location!.PathAndQuery);

        Assert.Contains("id=\"authorize\"", consent, StringComparison.Ordinal);
        Assert.Contains("error=access_denied", declined.Headers.Location!.Query, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, callback.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await dashboard.Client.GetAsync("/")).StatusCode);
    }
}
