using System.Net;
using System.Text.RegularExpressions;
using DigestBot.Dashboard;
using DigestBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Tests.Dashboard;

/// <summary>
/// The app's services as <c>Program</c> registers them, real LiteDB and Lucene in a temp folder, and only the dashboard
/// started, on a free loopback port; an HTTP client that keeps cookies and follows no redirect (tests look at them).
/// </summary>
internal sealed partial class DashboardHarness : IAsyncDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ServiceProvider _services;

    private DashboardHarness(string listenUrls, IReadOnlyDictionary<string, string?>? settings)
    {
        var config = new Dictionary<string, string?>
        {
            ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data"),
            ["DigestBot:Sources:Enabled"] = "false",
            ["DigestBot:Dashboard:ListenUrls"] = listenUrls,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        _services = TestApp.Services(config).BuildWithStorage();
    }

    public Uri Address { get; private set; } = null!;

    public CookieContainer Cookies { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    /// <param name="listenUrls">A free port unless a test says otherwise.</param>
    /// <param name="settings">Configuration beside the harness's own.</param>
    public static async Task<DashboardHarness> StartAsync(string listenUrls = "http://127.0.0.1:0", IReadOnlyDictionary<string, string?>? settings = null)
    {
        var harness = new DashboardHarness(listenUrls, settings);
        var server = harness.Get<DashboardServer>();
        await server.StartAsync(CancellationToken.None);
        if (server.Addresses.Count == 0)
        {
            return harness;
        }

        harness.Address = server.Addresses[0];
        harness.Client = new HttpClient(new HttpClientHandler { CookieContainer = harness.Cookies, AllowAutoRedirect = false }) { BaseAddress = harness.Address };
        return harness;
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Signs this client in with the current key link.</summary>
    public async Task SignInAsync()
    {
        using var response = await Client.GetAsync($"/?key={Get<DashboardKey>().GetOrCreate()}");
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
    }

    /// <summary>The antiforgery token of the first form on <paramref name="path"/>.</summary>
    public async Task<string> FormTokenAsync(string path)
    {
        var page = await Client.GetStringAsync(path);
        return TokenField().Match(page).Groups[1].Value;
    }

    /// <summary>Posts a form with its antiforgery token, as the page's buttons do.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string token, params (string Key, string Value)[] fields) =>
        Client.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]));

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        await Get<DashboardServer>().StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
        _temp.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
