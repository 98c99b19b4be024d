using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestBot.FakeDiscord;

/// <summary>
/// A fake of Discord's OAuth2 provider on a loopback port, for "Log in with Discord": the authorize page (a consent screen,
/// skipped with <c>prompt=none</c> once the user has agreed), the token exchange and the member's reads with the access
/// token, each as Discord's OAuth2 and user docs describe them. The user "logged in to Discord" is <see cref="SignedIn"/>.
/// Tests point <c>Dashboard:Discord:AuthorizeUrl</c> and <c>ApiBaseUrl</c> here.
/// </summary>
public sealed class FakeOAuth2Server : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeOAuth2Grants _grants;
    private readonly ConcurrentQueue<FakeOAuth2Request> _requests = new();
    private readonly ConcurrentQueue<(int Status, JsonObject Body)> _tokenFailures = new();

    private FakeOAuth2Server(FakeOAuth2Options options)
    {
        Options = options;
        _grants = new FakeOAuth2Grants(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        var authorize = new FakeOAuth2Authorize(this, _grants);
        var api = new FakeOAuth2Api(this, _grants);
        _app.MapGet("/oauth2/authorize", authorize.GetAsync);
        _app.MapPost("/oauth2/authorize", authorize.PostAsync);
        _app.MapPost("/api/v10/oauth2/token", api.TokenAsync);
        _app.MapGet("/api/v10/users/@me", api.MeAsync);
        _app.MapGet("/api/v10/users/@me/guilds", api.GuildsAsync);
    }

    public FakeOAuth2Options Options { get; }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Like <c>https://discord.com/oauth2/authorize</c>.</summary>
    public Uri AuthorizeUrl => new(BaseUrl, "/oauth2/authorize");

    /// <summary>Like <c>https://discord.com/api/v10</c>.</summary>
    public Uri ApiBaseUrl => new(BaseUrl, "/api/v10");

    /// <summary>Who is logged in to Discord in the browser that reaches the authorize page; null: nobody.</summary>
    public FakeOAuthUser? SignedIn { get; set; }

    /// <summary>Every access token issued, for tests that check none reached a log line or a page.</summary>
    public IReadOnlyList<string> IssuedTokens => _grants.Tokens;

    /// <summary>Every request in arrival order (no secret, no token).</summary>
    public IReadOnlyList<FakeOAuth2Request> Requests => [.. _requests];

    public static async Task<FakeOAuth2Server> StartAsync(FakeOAuth2Options options)
    {
        var server = new FakeOAuth2Server(options);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The next token exchange answers <paramref name="status"/> with this OAuth2 error instead (an unkind one may echo what it got).</summary>
    public void FailNextTokenExchange(int status, string error, string description) =>
        _tokenFailures.Enqueue((status, new JsonObject { ["error"] = error, ["error_description"] = description }));

    /// <summary>The user deauthorizes the application: their tokens get 401 from now on.</summary>
    public void Revoke(FakeOAuthUser user) => _grants.Revoke(user);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal bool TryTakeTokenFailure(out (int Status, JsonObject Body) failure) => _tokenFailures.TryDequeue(out failure);

    internal void Record(HttpContext context, IReadOnlyDictionary<string, string> parameters, bool basicAuth) =>
        _requests.Enqueue(new FakeOAuth2Request(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            parameters.Where(p => p.Key != "client_secret").ToDictionary(),
            basicAuth,
            context.Response.StatusCode));

    internal static async Task WriteJsonAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}
