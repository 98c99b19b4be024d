using Discord;
using Discord.WebSocket;
using Microsoft.Extensions.Logging;

namespace DigestBot.DiscordBot;

/// <summary>
/// Restarts a gateway connection that Discord.Net does not bring back by itself (discord-net #3187: after "server
/// requested a reconnect" it sometimes never reconnects): a shard disconnected for longer than <see cref="Stall"/>, or
/// connected but silent that long (no heartbeat acknowledged; Discord acknowledges one every ~41 s), is stopped and
/// started again.
/// </summary>
internal sealed class GatewayWatchdog : IAsyncDisposable
{
    public static readonly TimeSpan Stall = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(30);

    private readonly IReadOnlyList<DiscordSocketClient> _shards;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly long[] _lastSign;
    private readonly ITimer _timer;
    private int _checking;

    public GatewayWatchdog(IReadOnlyList<DiscordSocketClient> shards, TimeProvider time, ILogger logger)
    {
        _shards = shards;
        _time = time;
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
            for (var i = 0; i < _shards.Count; i++)
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
                await _shards[i].StopAsync();
                await _shards[i].StartAsync();
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

    private Task Heard(int shard)
    {
        Interlocked.Exchange(ref _lastSign[shard], _time.GetUtcNow().UtcTicks);
        return Task.CompletedTask;
    }
}
