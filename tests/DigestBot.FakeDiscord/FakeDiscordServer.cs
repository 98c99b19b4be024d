using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestBot.FakeDiscord;

/// <summary>
/// A fake Discord REST API v10 on a loopback port: it checks headers and payloads as Discord documents them,
/// enforces rate limits with Discord's headers, plays injected faults, honours nonces, and records every
/// request. Tests and benchmarks point <c>Discord:ApiBaseUrl</c> at <see cref="ApiBaseUrl"/>.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<FakeFault> _faults = new();
    private readonly ConcurrentQueue<FakeRequest> _requests = new();
    private readonly FakePipeline _pipeline;
    private int _inFlight;

    private FakeDiscordServer(FakeDiscordOptions options)
    {
        Options = options;
        var ids = new FakeIds(options.Time);
        Channels = new FakeChannels(options, ids);
        Interactions = new FakeInteractions(options, ids);
        Commands = new FakeCommands(options, ids);
        Gateway = new FakeGateway(options, guild => Channels.Guilds.Where(c => c.Value == guild).Select(c => c.Key));
        _pipeline = new FakePipeline(this, FakeRoutes.Build(this), new FakeRateLimiter(options));

        var builder = WebApplication.CreateSlimBuilder();

        // Nothing from the environment or an appsettings.json nearby may move or configure the fake.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(2));
        _app = builder.Build();

        // The gateway WebSocket comes before the REST catch-all.
        _app.UseWebSockets();
        _app.Use(next => context => FakeGatewayEndpoint.Handles(context) ? FakeGatewayEndpoint.AcceptAsync(Gateway, context, _stopping.Token) : next(context));
        _app.Run(context => _pipeline.HandleAsync(context, _stopping.Token));
    }

    public FakeDiscordOptions Options { get; }

    /// <summary>Like <c>https://discord.com/api/v10</c>, on loopback.</summary>
    public Uri ApiBaseUrl { get; private set; } = null!;

    public FakeChannels Channels { get; }

    public FakeInteractions Interactions { get; }

    public FakeCommands Commands { get; }

    /// <summary>The gateway at <c>ws://…/gateway</c>, the URL <c>GET /gateway/bot</c> gives.</summary>
    public FakeGateway Gateway { get; }

    /// <summary>Every request in arrival order.</summary>
    public IReadOnlyList<FakeRequest> Requests => [.. _requests];

    /// <summary>When set, every bot-authenticated request gets 401 and the gateway refuses the token (4004), as after a token reset.</summary>
    public bool TokenRevoked
    {
        get => Gateway.TokenRevoked;
        set => Gateway.TokenRevoked = value;
    }

    public static async Task<FakeDiscordServer> StartAsync(FakeDiscordOptions? options = null)
    {
        var server = new FakeDiscordServer(options ?? new FakeDiscordOptions());
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.ApiBaseUrl = new Uri(address.TrimEnd('/') + server.Options.ApiPath);
        return server;
    }

    /// <summary>Plays <paramref name="fault"/> on the next <paramref name="count"/> requests it matches.</summary>
    public void Inject(FakeFault fault, int count = 1)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue(fault);
        }
    }

    public int PendingFaults => _faults.Count;

    /// <summary>Requests being answered right now (hung ones excluded): a fake clock should not move under them.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    internal IDisposable Busy()
    {
        Interlocked.Increment(ref _inFlight);
        return new Release(this);
    }

    internal void Record(FakeRequest request) => _requests.Enqueue(request);

    /// <summary>Takes the first queued fault matching the request, keeping the others in order.</summary>
    internal FakeFault? TakeFault(FakeRequest request)
    {
        lock (_faults)
        {
            var all = _faults.ToArray();
            var hit = Array.FindIndex(all, f => f.Matches(request));
            if (hit < 0)
            {
                return null;
            }

            _faults.Clear();
            foreach (var (fault, i) in all.Select((f, i) => (f, i)).Where(x => x.i != hit))
            {
                _faults.Enqueue(fault);
            }

            return all[hit];
        }
    }

    internal JsonObject GatewayBot() => new()
    {
        ["url"] = ApiBaseUrl.GetLeftPart(UriPartial.Authority).Replace("http", "ws", StringComparison.Ordinal) + "/gateway",
        ["shards"] = 1,
        ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 14400000, ["max_concurrency"] = 1 },
    };

    /// <summary>The application object (<c>GET /applications/@me</c>, <c>GET /oauth2/applications/@me</c>), its required fields all there.</summary>
    internal JsonObject Application() => new()
    {
        ["id"] = FakeMessages.Id(Options.ApplicationId),
        ["name"] = "DigestBot",
        ["icon"] = null,
        ["description"] = "A fake application",
        ["bot_public"] = false,
        ["bot_require_code_grant"] = false,
        ["verify_key"] = Options.VerifyKey,
        ["team"] = null,
        ["owner"] = new JsonObject { ["id"] = FakeMessages.Id(OwnerId), ["username"] = "owner", ["discriminator"] = "0", ["global_name"] = null, ["avatar"] = null },
        ["flags"] = 0,
        ["bot"] = FakeUsers.Partial(Options.BotUserId),
    };

    /// <summary>The (made-up) user who owns the fake application.</summary>
    private const ulong OwnerId = 53908232506183680;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private sealed class Release(FakeDiscordServer owner) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                Interlocked.Decrement(ref owner._inFlight);
            }
        }
    }
}
