using DigestBot.Commands;
using DigestBot.DiscordBot;
using DigestBot.Tests.DiscordBot.Probes;
using DigestBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Tests.DiscordBot;

/// <summary>
/// The app in Gateway mode with probe commands added, interactions arriving from the fake gateway and answered over
/// REST as Discord.Net answers them.
/// </summary>
public sealed class PipelineHarness : IAsyncDisposable
{
    private readonly DiscordAppHarness _app;

    private PipelineHarness(DiscordAppHarness app) => _app = app;

    public DigestBot.FakeDiscord.FakeDiscordServer Fake => _app.Fake;

    public LogLines Logs => _app.Logs;

    /// <summary>The app's clock: Discord's 3 s window and the responder's own "thinking…" run on it.</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => _app.Clock;

    public InteractionPipeline Pipeline => _app.Get<InteractionPipeline>();

    public InteractionRouter Router => _app.Get<InteractionRouter>();

    public Probe Probe => _app.Get<Probe>();

    public static async Task<PipelineHarness> StartAsync()
    {
        var app = await DiscordAppHarness.StartAsync(DiscordMode.Gateway, null, o => o.Add(services =>
        {
            services.AddSingleton<Probe>().AddSingleton<IAutocompleteProvider, ProbeAutocomplete>();
            services.AddCommand<SlowProbeCommand>()
                .AddCommand<FailingProbeCommand>()
                .AddCommand<ManageProbeCommand>()
                .AddCommand<CardSearchProbeCommand>()
                .AddCommand<AirhornProbeCommand>()
                .AddCommand<StallProbeCommand>();
        }));
        await app.ConnectAsync();
        return new PipelineHarness(app);
    }

    /// <summary>Sends an interaction through the fake gateway and waits until it is handled to the end (edits and follow-ups too).</summary>
    public Task RunAsync(System.Text.Json.Nodes.JsonObject interaction) => _app.RunAsync(interaction);

    /// <summary>Sends an interaction without waiting for it.</summary>
    public Task SendAsync(System.Text.Json.Nodes.JsonObject interaction) => Fake.Gateway.InteractionCreateAsync(interaction);

    public Task DrainAsync() => Pipeline.DrainAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);

    /// <summary>The callback body Discord got for the interaction: <c>type</c> and <c>data</c>.</summary>
    public System.Text.Json.Nodes.JsonObject? Response(ulong id) => Fake.Interactions.Response(Interactions.Token(id));

    public int Callbacks(ulong id) => Fake.Requests.Count(r =>
        r.Route == "POST /interactions/{interaction_id}/{interaction_token}/callback" && r.Path.EndsWith($"/{Interactions.Token(id)}/callback", StringComparison.Ordinal));

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
