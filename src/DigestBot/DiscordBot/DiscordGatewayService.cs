using Discord.WebSocket;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

/// <summary>
/// Gateway mode: Discord.Net's socket client (one connection, or <c>Discord:Shards</c> of them) for the life of the
/// bot, its events wired by <see cref="GatewayEvents"/>, and a <see cref="GatewayWatchdog"/>. A refused token or a close
/// code that forbids reconnecting stops the bot with one line (<see cref="FatalStop"/>); Discord.Net would retry for
/// ever. On shutdown the connection closes first (code 1000), then interactions in progress get a moment to finish.
/// </summary>
public sealed class DiscordGatewayService(
    IOptions<DiscordOptions> options,
    DiscordClients clients,
    FatalStop fatal,
    GatewayEvents events,
    InteractionPipeline pipeline,
    ILogger<DiscordGatewayService> logger) : IHostedService, IAsyncDisposable
{
    private readonly TaskCompletionSource _firstConnected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private GatewayWatchdog? _watchdog;

    /// <summary>Completes at the first READY: Discord.Net then knows the application, which registering commands needs.</summary>
    public Task FirstConnected => _firstConnected.Task;

    /// <summary>The client, once Gateway mode has started it.</summary>
    public BaseSocketClient? Client { get; private set; }

    /// <summary>The connections (one per shard), once started.</summary>
    public IReadOnlyList<DiscordSocketClient> Shards { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.EffectiveMode != DiscordMode.Gateway)
        {
            return;
        }

        Client = clients.Socket;
        try
        {
            await clients.RestAsync(cancellationToken);
        }
        catch (Exception e) when (GatewayClose.IsTokenRefused(e) || fatal.Stopped)
        {
            return; // The bot is stopping with its one line.
        }

        Shards = Client is DiscordShardedClient sharded ? [.. sharded.Shards] : [(DiscordSocketClient)Client];
        events.Wire(Client, Shards);
        Shards[0].Connected += () =>
        {
            _firstConnected.TrySetResult();
            return Task.CompletedTask;
        };
        _watchdog = new GatewayWatchdog(Shards, TimeProvider.System, fatal, logger);
        await Client.StartAsync();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Client is null)
        {
            return;
        }

        if (_watchdog is not null)
        {
            await _watchdog.DisposeAsync();
        }

        // Discord.Net's StopAsync only asks; the close frame (1000, which ends the session) goes out shortly after.
        var closed = Shards.Select(ClosedAsync).ToList();
        await Client.StopAsync();
        await Task.WhenAll(closed).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        await pipeline.DrainAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_watchdog is not null)
        {
            await _watchdog.DisposeAsync();
        }
    }

    private static Task ClosedAsync(DiscordSocketClient shard)
    {
        if (shard.ConnectionState == Discord.ConnectionState.Disconnected)
        {
            return Task.CompletedTask;
        }

        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        shard.Disconnected += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }
}
