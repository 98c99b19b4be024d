using Discord;
using Discord.WebSocket;
using Microsoft.Extensions.Logging;

namespace DigestBot.DiscordBot;

/// <summary>
/// Restarts a gateway connection that Discord.Net does not bring back by itself (discord-net #3187: after "server
/// requested a reconnect" it sometimes never reconnects): a shard disconnected for longer than <see cref="Stall"/>, or
/// connected but silent that long (no heartbeat acknowledged; Discord acknowledges one every ~41 s), is stopped and
/// started again. It keeps real time, as Discord.Net's heartbeats do (tests give it a clock of their own), and does
/// nothing once the bot is stopping (<see cref="FatalStop"/>): a refused token must not be tried again.
/// </summary>
internal sealed class GatewayWatchdog : IAsyncDisposable
{
    public static readonly TimeSpan Stall = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(30);
    private const int WindDownChecks = 300;

    private readonly IReadOnlyList<DiscordSocketClient> _shards;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly FatalStop _fatal;
    private readonly long[] _lastSign;
    private readonly ITimer _timer;
    private int _checking;

    public GatewayWatchdog(IReadOnlyList<DiscordSocketClient> shards, TimeProvider time, FatalStop fatal, ILogger logger)
    {
        _shards = shards;
        _time = time;
        _fatal = fatal;
        _logger = logger;
        _lastSign = [.. shards.Select(_ => time.GetUtcNow().UtcTicks)];
        for (var i = 0; i < shards.Count; i++)
        {
            var index = i;
            shards[i].LatencyUpdated += (_, _) => Heard(index);
            shards[i].Connected += () => Heard(index);
            shards[i].Disconnected += _ => Heard(index);
        }

        _timer = time.CreateTimer(_ => _ = CheckAsync(), null, CheckEvery, CheckEvery);
    }

    /// <summary>Restarts the shards that stalled; public so the check can be run on demand.</summary>
    public async Task CheckAsync()
    {
        if (Interlocked.Exchange(ref _checking, 1) == 1)
        {
            return;
        }

        try
        {
            for (var i = 0; i < _shards.Count && !_fatal.Stopped; i++)
            {
                var quiet = _time.GetUtcNow() - new DateTimeOffset(Interlocked.Read(ref _lastSign[i]), TimeSpan.Zero);
                if (quiet < Stall)
                {
                    continue;
                }

                var state = _shards[i].ConnectionState;
                _logger.LogWarning(
                    "Discord gateway{Shard} has been {State} for {Minutes:0} minutes without a sign of life; restarting the connection",
                    _shards.Count > 1 ? $" shard {i}" : string.Empty,
                    state == ConnectionState.Connected ? "silent" : state.ToString().ToLowerInvariant(),
                    quiet.TotalMinutes);
                await Heard(i);
                await RestartAsync(_shards[i]);
            }
        }
        catch (Exception e)
        {
            _logger.LogWarning("Restarting the Discord gateway failed: {Error}", e.Message);
        }
        finally
        {
            Volatile.Write(ref _checking, 0);
        }
    }

    public ValueTask DisposeAsync() => _timer.DisposeAsync();

    private async Task RestartAsync(DiscordSocketClient shard)
    {
        await shard.StopAsync();

        // StopAsync only asks: Discord.Net refuses to start again until the old connection has wound down.
        for (var i = 0; i < WindDownChecks && shard.ConnectionState != ConnectionState.Disconnected; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        if (shard.ConnectionState != ConnectionState.Disconnected)
        {
            _logger.LogError("The Discord gateway connection did not stop within {Seconds} s; trying again at the next check", WindDownChecks / 10);
            return;
        }

        if (!_fatal.Stopped)
        {
            await shard.StartAsync();
        }
    }

    private Task Heard(int shard)
    {
        Interlocked.Exchange(ref _lastSign[shard], _time.GetUtcNow().UtcTicks);
        return Task.CompletedTask;
    }
}
