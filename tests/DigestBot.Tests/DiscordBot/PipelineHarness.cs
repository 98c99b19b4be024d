using DigestBot.Commands;
using DigestBot.Discord.Rest;
using DigestBot.DiscordBot;
using DigestBot.FakeDiscord;
using DigestBot.Tests.DiscordBot.Probes;
using DigestBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.DiscordBot;

/// <summary>The interaction pipeline with probe commands, answering the fake Discord over loopback REST.</summary>
public sealed class PipelineHarness : IAsyncDisposable
{
    public const string Token = "pipeline-bot-token-SECRET";

    private readonly ServiceProvider _services;
    private readonly HttpClient _http = new();

    private PipelineHarness(FakeDiscordServer fake, FakeTimeProvider clock)
    {
        Fake = fake;
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug))
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<Probe>()
            .AddSingleton<IAutocompleteProvider, ProbeAutocomplete>()
            .AddSingleton(Options.Create(new DiscordOptions { Token = Token, Mode = DiscordMode.Gateway }))
            .AddSingleton(sp => new DiscordRestClient(
                _http, new DiscordRestOptions { Token = Token, ApiBaseUrl = fake.ApiBaseUrl, RequestTimeout = TimeSpan.FromMinutes(5) }, clock, sp.GetRequiredService<ILogger<DiscordRestClient>>()))
            .AddSingleton<InteractionDeduplicator>()
            .AddSingleton<InteractionRouter>()
            .AddSingleton<InteractionPipeline>();
        services.AddCommands()
            .AddCommand<SlowProbeCommand>()
            .AddCommand<FailingProbeCommand>()
            .AddCommand<ManageProbeCommand>()
            .AddCommand<CardSearchProbeCommand>()
            .AddCommand<AirhornProbeCommand>()
            .AddCommand<DigestBot.Search.ReindexCommand>();
        _services = services.BuildServiceProvider();
    }

    public FakeDiscordServer Fake { get; }

    public LogLines Logs { get; } = new();

    public InteractionPipeline Pipeline => _services.GetRequiredService<InteractionPipeline>();

    public InteractionRouter Router => _services.GetRequiredService<InteractionRouter>();

    public Probe Probe => _services.GetRequiredService<Probe>();

    public static async Task<PipelineHarness> StartAsync()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Token = Token, Time = clock });
        return new PipelineHarness(fake, clock);
    }

    /// <summary>Runs an interaction to the end: first response, then edits and follow-ups.</summary>
    public async Task RunAsync(System.Text.Json.Nodes.JsonObject interaction)
    {
        await Pipeline.Start(Support.Interactions.Parse(interaction));
        await DrainAsync();
    }

    public Task DrainAsync() => Pipeline.DrainAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

    /// <summary>The callback body Discord got for the interaction: <c>type</c> and <c>data</c>.</summary>
    public System.Text.Json.Nodes.JsonObject? Response(ulong id) => Fake.Interactions.Response(Support.Interactions.Token(id));

    public int Callbacks(ulong id) => Fake.Requests.Count(r =>
        r.Route == "POST /interactions/{interaction_id}/{interaction_token}/callback" && r.Path.EndsWith($"/{Support.Interactions.Token(id)}/callback", StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Fake.DisposeAsync();
        _http.Dispose();
    }
}
