using System.Text.Json.Nodes;
using DigestBot.DiscordBot;
using DigestBot.FakeDiscord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Support;

/// <summary>
/// The app's services wired as <c>Program</c> wires them (<c>AddDigestBot</c>), in Gateway or Http mode against the fake Discord, with
/// real LiteDB in a temp folder and a fake clock that stands still (no heartbeat falls due unless a test moves it).
/// </summary>
public sealed class DiscordAppHarness : IAsyncDisposable
{
    public const string Token = "app-harness-token-SECRET";

    private readonly TempDirectory _temp = new();
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _started = [];

    private DiscordAppHarness(
        FakeDiscordServer fake, FakeTimeProvider clock, DiscordMode mode, string? publicKey, (string Key, string Value)[] settings, Action<DigestBotOverrides>? overrides)
    {
        Fake = fake;
        Clock = clock;
        var config = new Dictionary<string, string?>
        {
            ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data"),
            ["DigestBot:Sources:Enabled"] = "false",
            ["DigestBot:Discord:Mode"] = mode.ToString(),
            ["DigestBot:Discord:Token"] = Token,
            ["DigestBot:Discord:ApplicationId"] = fake.Options.ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DigestBot:Discord:PublicKey"] = publicKey ?? string.Empty,
            ["DigestBot:Discord:ApiBaseUrl"] = fake.ApiBaseUrl.ToString(),
            ["DigestBot:Discord:Http:ListenUrls"] = "http://127.0.0.1:0",
        };
        foreach (var (key, value) in settings)
        {
            config[key] = value;
        }

        _services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug))
            .AddDigestBot(TestApp.Configuration(config), o =>
            {
                o.Use<TimeProvider>(clock);
                overrides?.Invoke(o);
            })
            .BuildWithStorage();
    }

    public FakeDiscordServer Fake { get; }

    public FakeTimeProvider Clock { get; }

    public LogLines Logs { get; } = new();

    /// <param name="settings">Configuration beside the harness's own (<c>DigestBot:Digests:MaxPapersPerMessage</c>, …).</param>
    public static Task<DiscordAppHarness> StartAsync(DiscordMode mode, string? publicKey = null, params (string Key, string Value)[] settings) =>
        StartAsync(mode, publicKey, null, settings);

    /// <param name="overrides">Changes to the app's services (probe commands beside its own, say).</param>
    public static async Task<DiscordAppHarness> StartAsync(DiscordMode mode, string? publicKey, Action<DigestBotOverrides>? overrides, params (string Key, string Value)[] settings)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Token = Token });
        return new DiscordAppHarness(fake, clock, mode, publicKey, settings, overrides);
    }

    /// <summary>Gateway mode connected to the fake: the gateway service started and READY received.</summary>
    public async Task ConnectAsync()
    {
        if (_started.Contains(Get<DiscordGatewayService>()))
        {
            return;
        }

        await StartAsync<DiscordGatewayService>();
        await EventuallyAsync(() => Fake.Gateway.Live?.Ready == true, "READY");
    }

    /// <summary>
    /// Sends an interaction through the fake gateway (made at the test clock's now), as Discord would, and waits until the
    /// app has finished with it: handed to the pipeline (Discord.Net raises gateway events in order), then drained.
    /// </summary>
    public async Task RunAsync(System.Text.Json.Nodes.JsonObject interaction)
    {
        await ConnectAsync();
        var pipeline = Get<InteractionPipeline>();
        var arrivals = pipeline.Arrivals;
        await Fake.Gateway.InteractionCreateAsync(Interactions.At(interaction, Clock.GetUtcNow()));
        await EventuallyAsync(() => pipeline.Arrivals > arrivals, "the interaction to reach the pipeline");
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await pipeline.DrainAsync(limit.Token);
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public async Task StartAsync<T>()
        where T : IHostedService
    {
        var service = Get<T>();
        await service.StartAsync(CancellationToken.None);
        _started.Add(service);
    }

    /// <summary>
    /// Sends an interaction through the fake gateway at the harness clock's time and returns the answer Discord got:
    /// the response, or for a deferred one ("thinking…") its edited original as <c>data</c>.
    /// </summary>
    public async Task<JsonObject> AskAsync(JsonObject interaction)
    {
        var token = interaction["token"]!.GetValue<string>();
        await Fake.Gateway.InteractionCreateAsync(Interactions.At(interaction, Clock.GetUtcNow()));
        await EventuallyAsync(() => Fake.Interactions.Response(token) is not null, $"the answer to {token}");
        var response = Fake.Interactions.Response(token)!;
        if (response["type"]!.GetValue<int>() != 5)
        {
            return response;
        }

        await EventuallyAsync(
            () => Fake.Interactions.Original(token) is { } m && (m["content"]?.GetValue<string>().Length > 0 || m["embeds"]?.AsArray().Count > 0),
            $"the edited answer to {token}");
        return new JsonObject { ["type"] = 5, ["data"] = Fake.Interactions.Original(token) };
    }

    /// <summary>Waits, in real time but bounded, for something the app does on its own threads.</summary>
    public static async Task EventuallyAsync(Func<bool> done, string what)
    {
        for (var i = 0; i < 3000 && !done(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(done(), $"timed out waiting for {what}");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in Enumerable.Reverse(_started))
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await service.StopAsync(limit.Token);
        }

        await _services.DisposeAsync();
        await Fake.DisposeAsync();
        _temp.Dispose();
    }
}
