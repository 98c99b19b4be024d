using System.Net;
using DigestBot.Dashboard.Login;
using DigestBot.Tests.Safety;
using static DigestBot.Tests.Dashboard.DiscordLoginHarness;

namespace DigestBot.Tests.Dashboard;

/// <summary>The client secret and the members' access tokens reach no log line, no page and no exception, on any path of the login.</summary>
public sealed class DashboardLoginSecretsTests
{
    [Fact]
    public async Task A_refused_exchange_echoing_the_secret_is_one_line_and_neither_secret_nor_token_reaches_a_log_or_a_page()
    {
        await using var dashboard = await StartAsync();
        var capture = new SecretCapture();
        var secret = dashboard.OAuth.Options.ClientSecret;
        var member = Member(ManageChannels);

        // An unkind provider: its error repeats the secret it was sent.
        dashboard.OAuth.FailNextTokenExchange(400, "invalid_grant", $"Invalid \"code\" in request (client secret {secret})");
        using var refused = await dashboard.LogInAsync(member);
        var refusal = await refused.Content.ReadAsStringAsync();
        using var signedIn = await dashboard.LogInAsync(member);
        capture.Add(await dashboard.Client.GetStringAsync("/"));
        capture.Add(await dashboard.Client.GetStringAsync($"/channels/{SharedChannel}"));
        dashboard.OAuth.Revoke(member);
        dashboard.App.Clock.Advance(MemberSession.RecheckAfter);
        using var revoked = await dashboard.Client.GetAsync("/");
        capture.Add(refusal);
        capture.Add(await revoked.Content.ReadAsStringAsync());
        capture.Add(dashboard.App.Logs.All);

        Assert.Equal(HttpStatusCode.BadGateway, refused.StatusCode);
        Assert.Contains("Discord login: the token exchange was refused with HTTP 400 (invalid_grant). Nobody was signed in.", refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Contains("a Discord login failed: Discord login: the token exchange was refused with HTTP 400 (invalid_grant)", dashboard.App.Logs.All, StringComparison.Ordinal);
        Assert.Contains("logged in with Discord", dashboard.App.Logs.All, StringComparison.Ordinal);
        Assert.Contains("no longer accepts their login", dashboard.App.Logs.All, StringComparison.Ordinal);
        var token = Assert.Single(dashboard.OAuth.IssuedTokens);
        capture.AssertNone(secret, token);
    }

    [Fact]
    public void Options_refusing_a_half_set_login_name_the_missing_keys_and_never_the_secret()
    {
        var options = new DigestBot.Dashboard.DashboardOptions
        {
            Discord = new DashboardDiscordOptions { ClientId = "1030118727418646629", ClientSecret = "a-secret-value-SHOULD-NOT-SHOW" },
        };

        var result = new DigestBot.Dashboard.DashboardOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal("DigestBot:Dashboard:Discord: set ClientId, ClientSecret and RedirectUrl together for \"Log in with Discord\" (missing RedirectUrl)", result.FailureMessage);
    }
}
