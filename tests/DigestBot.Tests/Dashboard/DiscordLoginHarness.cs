using System.Net;
using System.Text.RegularExpressions;
using DigestBot.Dashboard;
using DigestBot.DiscordBot;
using DigestBot.FakeDiscord;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Dashboard;

/// <summary>
/// The app's services against the fake Discord (<see cref="DiscordAppHarness"/>: Gateway mode, a clock that stands still)
/// with the dashboard on a loopback port and "Log in with Discord" pointed at a fake OAuth2 provider. The bot is in
/// <see cref="Shared"/> (the fake's own guild, channel 500) and <see cref="BotOnly"/> (channel 600); members are in
/// <see cref="Shared"/> and <see cref="UserOnly"/>. The client keeps cookies and follows no redirect.
/// </summary>
internal sealed partial class DiscordLoginHarness : IAsyncDisposable
{
    public const ulong Shared = 290926798626357999;
    public const ulong BotOnly = 700000000000000001;
    public const ulong UserOnly = 800000000000000001;
    public const ulong SharedChannel = 500;
    public const ulong BotOnlyChannel = 600;
    public const ulong ManageChannels = 1UL << 4;

    /// <summary>View Channel, Send Messages, Read Message History: a member without Manage Channels.</summary>
    public const ulong Reader = (1UL << 10) | (1UL << 11) | (1UL << 16);

    private DiscordLoginHarness(DiscordAppHarness app, FakeOAuth2Server oauth, int port)
    {
        App = app;
        OAuth = oauth;
        Client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public DiscordAppHarness App { get; }

    public FakeOAuth2Server OAuth { get; }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Client { get; }

    public static async Task<DiscordLoginHarness> StartAsync()
    {
        var port = FixtureServer.FreePort();
        var oauth = await FakeOAuth2Server.StartAsync(new FakeOAuth2Options { RedirectUri = $"http://127.0.0.1:{port}/login/discord/callback" });
        var app = await DiscordAppHarness.StartAsync(
            DiscordMode.Gateway,
            null,
            ("DigestBot:Dashboard:ListenUrls", $"http://127.0.0.1:{port}"),
            ("DigestBot:Dashboard:Discord:ClientId", oauth.Options.ClientId),
            ("DigestBot:Dashboard:Discord:ClientSecret", oauth.Options.ClientSecret),
            ("DigestBot:Dashboard:Discord:RedirectUrl", oauth.Options.RedirectUri),
            ("DigestBot:Dashboard:Discord:AuthorizeUrl", oauth.AuthorizeUrl.ToString()),
            ("DigestBot:Dashboard:Discord:ApiBaseUrl", oauth.ApiBaseUrl.ToString()));
        app.Fake.Channels.Guilds[BotOnlyChannel] = BotOnly;
        await app.StartAsync<DashboardServer>();
        Assert.NotEmpty(app.Get<DashboardServer>().Addresses);
        return new DiscordLoginHarness(app, oauth, port);
    }

    /// <summary>A member of <see cref="Shared"/> with <paramref name="permissions"/> there, and an administrator of <see cref="UserOnly"/>.</summary>
    public static FakeOAuthUser Member(ulong permissions, bool owner = false) =>
        new FakeOAuthUser(80351110224678912, "ada", "Ada L.").In(new FakeOAuthGuild(Shared, "Shared server", permissions, owner), new FakeOAuthGuild(UserOnly, "Elsewhere", 1UL << 3));

    /// <summary>The dashboard's redirect to Discord, Discord's back with a code (the user has agreed before), and the callback's answer.</summary>
    public async Task<HttpResponseMessage> LogInAsync(FakeOAuthUser user)
    {
        user.HasAuthorized = true;
        OAuth.SignedIn = user;
        var back = await ToDiscordAndBackAsync();
        return await Client.GetAsync(back.PathAndQuery);
    }

    /// <summary>Starts a login and lets the fake Discord answer it: the callback address it sends the browser to.</summary>
    public async Task<Uri> ToDiscordAndBackAsync()
    {
        using var start = await Client.GetAsync("/login/discord");
        Assert.Equal(HttpStatusCode.Found, start.StatusCode);
        using var discord = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var back = await discord.GetAsync(start.Headers.Location);
        Assert.Equal(HttpStatusCode.Found, back.StatusCode);
        return back.Headers.Location!;
    }

    /// <summary>The antiforgery token of the first form on <paramref name="path"/> (the sign-out button's, on every page).</summary>
    public async Task<string> FormTokenAsync(string path) =>
        TokenField().Match(await Client.GetStringAsync(path)).Groups[1].Value;

    public async Task<HttpResponseMessage> PostAsync(string path, string token, params (string Key, string Value)[] fields) =>
        await Client.PostAsync(path, new FormUrlEncodedContent([.. fields.Select(f => KeyValuePair.Create(f.Key, f.Value)), KeyValuePair.Create("__RequestVerificationToken", token)]));

    public T Get<T>()
        where T : notnull => App.Get<T>();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await OAuth.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
