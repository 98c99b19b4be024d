using DigestBot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

/// <summary>
/// Http mode: Kestrel on <c>Discord:Http:ListenUrls</c> serving <c>Discord:Http:Path</c>. Plain HTTP on loopback
/// by default: TLS belongs to the reverse proxy that Discord reaches. Nothing from the environment configures this
/// server but those two keys. Discord.Net's REST client logs in first: a refused token stops the bot before it listens.
/// </summary>
public sealed class InteractionsEndpoint(
    IOptions<DiscordOptions> options,
    DiscordClients clients,
    InteractionPipeline pipeline,
    TimeProvider time,
    ILogger<InteractionsEndpoint> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The endpoint's full URLs once listening (the real port when one was given as 0).</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var discord = options.Value;
        if (discord.EffectiveMode != DiscordMode.Http)
        {
            return;
        }

        Discord.Rest.DiscordRestClient rest;
        try
        {
            rest = await clients.RestAsync(cancellationToken);
        }
        catch (Exception e) when (GatewayClose.IsTokenRefused(e))
        {
            throw new StartupException(DiscordRestGuard.TokenRejectedLine, ExitCodes.BadInput, e);
        }

        var window = new SignatureWindow(discord.Http.MaxClockSkew, time);
        var handler = new InteractionsEndpointHandler(rest, discord.PublicKey, window, pipeline, time, discord.Http.Path, logger);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(discord.Http.ListenUrls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = InteractionsEndpointHandler.MaxBodyBytes);
        _app = builder.Build();
        _app.Run(handler.HandleAsync);
        try
        {
            await _app.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or FormatException)
        {
            throw new StartupException($"the Discord interactions endpoint cannot listen on {discord.Http.ListenUrls}: {e.Message}", ExitCodes.Failure, e);
        }

        var bound = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Addresses = [.. bound.Select(a => new Uri(a.TrimEnd('/') + discord.Http.Path))];
        logger.LogInformation("Discord interactions endpoint listening on {Urls}", string.Join(", ", Addresses));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is null)
        {
            return;
        }

        await _app.StopAsync(cancellationToken);
        await pipeline.DrainAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
