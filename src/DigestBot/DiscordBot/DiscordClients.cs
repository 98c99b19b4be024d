using Discord;
using Discord.Net.Rest;
using Discord.Net.WebSockets;
using Discord.Rest;
using Discord.WebSocket;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

/// <summary>
/// The Discord.Net clients for the configured mode, made on first use: in Gateway mode one
/// <see cref="DiscordSocketClient"/> (or a <see cref="DiscordShardedClient"/> when <c>Discord:Shards</c> is not 1), whose
/// REST client also posts digests, so one rate-limit state serves both; in Http mode a <see cref="DiscordRestClient"/>.
/// Both send through <see cref="GuardedRestClient"/> to <c>Discord:ApiBaseUrl</c>, log through <see cref="DiscordLog"/>, and
/// keep no more state than commands and digests need (the Guilds intent, no message cache).
/// </summary>
public sealed class DiscordClients(
    IOptions<DiscordOptions> options, DiscordRestGuard guard, RawInteractions raw, IdentifyBudget identifies, FatalStop fatal, DiscordLog log)
    : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _login = new(1, 1);
    private readonly Lock _lock = new();
    private BaseSocketClient? _socket;
    private DiscordRestClient? _rest;
    private bool _loggedIn;

    /// <summary>Gateway mode's client, not yet connected.</summary>
    public BaseSocketClient Socket
    {
        get
        {
            lock (_lock)
            {
                return _socket ??= CreateSocket();
            }
        }
    }

    /// <summary>The REST client, logged in (in Http mode that asks Discord who the bot is, and fails on a refused token).</summary>
    public async Task<DiscordRestClient> RestAsync(CancellationToken cancellationToken)
    {
        await _login.WaitAsync(cancellationToken);
        try
        {
            var token = options.Value.Token;
            if (options.Value.EffectiveMode == DiscordMode.Http)
            {
                _rest ??= Created(new DiscordRestClient(RestConfig(new DiscordRestConfig())));
                if (!_loggedIn)
                {
                    await _rest.LoginAsync(TokenType.Bot, token, validateToken: false);
                    _loggedIn = true;
                }

                return _rest;
            }

            var socket = Socket;
            if (!_loggedIn)
            {
                // Our tokens need not look like Discord's (tests use made-up ones): Discord itself judges them.
                await socket.LoginAsync(TokenType.Bot, token, validateToken: false);
                _loggedIn = true;
            }

            return socket.Rest;
        }
        finally
        {
            _login.Release();
        }
    }

    /// <summary>A channel the gateway's cache holds, without asking Discord.</summary>
    public IMessageChannel? Cached(ulong channelId)
    {
        lock (_lock)
        {
            return _socket?.GetChannel(channelId) as IMessageChannel;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket is not null)
        {
            await _socket.DisposeAsync();
        }

        if (_rest is not null)
        {
            await _rest.DisposeAsync();
        }

        _login.Dispose();
    }

    /// <summary>For a container disposed synchronously (a CLI command, a test): Discord.Net's clients dispose either way.</summary>
    public void Dispose()
    {
        _socket?.Dispose();
        _rest?.Dispose();
        _login.Dispose();
    }

    private BaseSocketClient CreateSocket()
    {
        var discord = options.Value;
        var config = RestConfig(new DiscordSocketConfig
        {
            GatewayIntents = GatewayIntents.Guilds,
            MessageCacheSize = 0,
            AlwaysDownloadUsers = false,
            AlwaysDownloadDefaultStickers = false,
            AlwaysResolveStickers = false,
            LogGatewayIntentWarnings = false,
            SuppressUnknownDispatchWarnings = true,
            GatewayHost = GatewayHost(discord.GatewayUrl),
            WebSocketProvider = () => new GatewaySocket(DefaultWebSocketProvider.Instance(), raw, identifies, fatal),
        });
        if (discord.Shards == 1)
        {
            return Created(new DiscordSocketClient(config));
        }

        // 0 asks Discord how many (GET /gateway/bot); any other number is used as it is.
        config.TotalShards = discord.Shards == 0 ? null : discord.Shards;
        return Created(new DiscordShardedClient(config));
    }

    /// <summary>What both clients share: our REST wrapper and base URL, our log, and time checks left to us.</summary>
    private T RestConfig<T>(T config)
        where T : DiscordRestConfig
    {
        var api = options.Value.ApiBaseUrl.TrimEnd('/') + "/";
        config.RestClientProvider = _ => new GuardedRestClient(DefaultRestClientProvider.Create(useProxy: false)(api), guard);
        config.LogLevel = LogSeverity.Info;
        config.UseInteractionSnowflakeDate = false;
        config.ResponseInternalTimeCheck = false;
        return config;
    }

    private T Created<T>(T client)
        where T : BaseDiscordClient
    {
        client.Log += log.WriteAsync;
        return client;
    }

    /// <summary>Discord.Net uses a configured gateway URL as it is; the API version and encoding are added here.</summary>
    private static string? GatewayHost(string url) =>
        string.IsNullOrWhiteSpace(url) ? null : url.Contains('?', StringComparison.Ordinal) ? url : url + "?v=10&encoding=json";
}
