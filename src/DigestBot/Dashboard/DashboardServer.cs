using DigestBot.DiscordBot;
using DigestBot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Dashboard;

/// <summary>
/// The web dashboard: its own Kestrel on <c>Dashboard:ListenUrls</c> (as the interactions endpoint has its own), in every
/// mode. Pages read the app's services directly; nothing from the environment configures this server but those keys.
/// A port that cannot be had is logged and the bot runs on without a dashboard: digests matter more than the page.
/// </summary>
internal sealed class DashboardServer(
    IOptions<DashboardOptions> options,
    IOptions<DiscordOptions> discord,
    DashboardKey key,
    DashboardAccess access,
    DashboardRoutes routes,
    DigestBot.Papers.PaperStore papers,
    ILogger<DashboardServer> logger)
    : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>Where it listens once started (the real port when one was given as 0); empty when it does not.</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    /// <summary>
    /// Whether this process tried to serve the dashboard (a bot; a command run on its own never does): with no
    /// <see cref="Addresses"/>, the port could not be had.
    /// </summary>
    public bool Started { get; private set; }

    /// <summary>
    /// The paper count the overview shows, taken in the background as the dashboard starts (the store counts once, then
    /// keeps the count: half a second at a million papers), so the first page after a start does not wait for it.
    /// </summary>
    internal Task WarmUp { get; private set; } = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var dashboard = options.Value;

        // A transport that stopped the bot while it was starting (a refused token) cancels the start: its exit stands.
        if (!dashboard.Enabled || cancellationToken.IsCancellationRequested)
        {
            return;
        }

        // The key lives in the data directory: make it now, so the first `digestbot dashboard` finds it.
        Started = true;
        key.GetOrCreate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls([.. dashboard.Urls]);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 64 * 1024);

        // Antiforgery tokens are protected with keys held in memory only (never written outside the data directory).
        builder.Services.AddDataProtection().SetApplicationName("digestbot-dashboard");
        builder.Services.Configure<KeyManagementOptions>(k => k.XmlRepository = new InMemoryKeyRepository());
        builder.Services.AddAntiforgery(a =>
        {
            a.Cookie.Name = "digestbot-antiforgery";
            a.Cookie.SameSite = SameSiteMode.Strict;
            a.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            a.SuppressXFrameOptionsHeader = true;
        });
        _app = builder.Build();

        // Only a reverse proxy on loopback (the default known proxies) may say the browser came over HTTPS.
        _app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedProto });
        _app.Use(access.InvokeAsync);
        _app.Use(ErrorPages.InvokeAsync);
        routes.Map(_app);
        try
        {
            await _app.StartAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await _app.DisposeAsync();
            _app = null;
            return;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or FormatException)
        {
            logger.LogError("The dashboard cannot listen on {Urls}: {Error}; the bot runs without it", dashboard.ListenUrls, e.Message);
            await _app.DisposeAsync();
            _app = null;
            return;
        }

        WarmUp = Task.Run(CountPapers, CancellationToken.None);
        var bound = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Addresses = [.. bound.Select(a => new Uri(a))];
        logger.LogInformation("Dashboard listening on {Urls} (digestbot dashboard prints the sign-in link)", string.Join(", ", Addresses));
        if (dashboard.Discord.IsConfigured && discord.Value.EffectiveMode == DiscordMode.Local)
        {
            logger.LogWarning("Log in with Discord is set up but the bot runs in local mode: it is in no server, so members will see no channel");
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }

        await WarmUp;
    }

    private void CountPapers()
    {
        try
        {
            papers.Count();
        }
        catch (Exception e) when (e is LiteDB.LiteException or IOException or ObjectDisposedException)
        {
            // The overview counts on its first load instead.
            logger.LogDebug("Counting the papers for the dashboard failed: {Error}", e.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
