using DigestBot.Storage;
using Microsoft.AspNetCore.Antiforgery;
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
public sealed class DashboardServer(IOptions<DashboardOptions> options, IServiceProvider services, ILogger<DashboardServer> logger)
    : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>Where it listens once started (the real port when one was given as 0); empty when it does not.</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var dashboard = options.Value;

        // A transport that stopped the bot while it was starting (a refused token) cancels the start: its exit stands.
        if (!dashboard.Enabled || cancellationToken.IsCancellationRequested)
        {
            return;
        }

        // The key lives in the data directory: make it now, so the first `digestbot dashboard` finds it.
        services.GetRequiredService<DashboardKey>().GetOrCreate();
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
        var access = new DashboardAccess(services.GetRequiredService<DashboardKey>(), services.GetRequiredService<DashboardSessions>(), _app.Services.GetRequiredService<IAntiforgery>());
        _app.Use(access.InvokeAsync);
        DashboardRoutes.Map(_app, services);
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

        var bound = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Addresses = [.. bound.Select(a => new Uri(a))];
        logger.LogInformation("Dashboard listening on {Urls} (digestbot dashboard prints the sign-in link)", string.Join(", ", Addresses));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
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
