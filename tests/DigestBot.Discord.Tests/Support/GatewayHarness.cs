using System.Collections.Concurrent;
using DigestBot.Discord.Gateway;
using DigestBot.FakeDiscord;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Discord.Tests.Support;

/// <summary>
/// A gateway client running against the fake Discord on a fake clock. The clock stands still while the fake
/// answers REST calls, while a connection is being set up and while a heartbeat ACK is on its way: loopback
/// transit takes no fake time, so only a fake that withholds ACKs makes a zombie.
/// </summary>
public sealed class GatewayHarness : IAsyncDisposable
{
    private readonly DiscordHarness _discord;
    private readonly CancellationTokenSource _stop = new();

    private GatewayHarness(DiscordHarness discord, string token)
    {
        _discord = discord;
        Logger = new ListLogger<DiscordGatewayClient>();
        Client = new DiscordGatewayClient(
            new DiscordGatewayOptions { Token = token },
            (dispatch, _) =>
            {
                Dispatches.Enqueue(dispatch);
                return ValueTask.CompletedTask;
            },
            discord.Client,
            discord.Clock,
            Logger);
    }

    public DiscordGatewayClient Client { get; }

    public FakeGateway Gateway => _discord.Fake.Gateway;

    public FakeDiscordServer Fake => _discord.Fake;

    public FakeTimeProvider Clock => _discord.Clock;

    public ListLogger<DiscordGatewayClient> Logger { get; }

    public ConcurrentQueue<GatewayDispatch> Dispatches { get; } = new();

    public Task Running { get; private set; } = Task.CompletedTask;

    /// <summary>Starts the client; READY has arrived when this returns.</summary>
    public static async Task<GatewayHarness> StartAsync(string token = DiscordHarness.Token, bool waitForReady = true, IReadOnlyList<ulong>? guilds = null)
    {
        var discord = await DiscordHarness.StartAsync(o => new FakeDiscordOptions
        {
            Token = o.Token,
            Time = o.Time,
            RequireNoMentions = false,
            GatewayHeartbeatInterval = TimeSpan.FromSeconds(1),
            GatewayGuilds = guilds ?? [],
        });
        var harness = new GatewayHarness(discord, token);
        harness.Running = Task.Run(() => harness.Client.RunAsync(harness._stop.Token));
        if (waitForReady)
        {
            await harness.UntilAsync(() => harness.Client.State == GatewayState.Connected);
        }

        return harness;
    }

    /// <summary>Moves the fake clock until <paramref name="done"/> holds.</summary>
    public Task UntilAsync(Func<bool> done, TimeSpan? limit = null) =>
        Clock.UntilAsync(done, Holding, limit: limit, running: Running);

    /// <summary>Moves the fake clock on by <paramref name="span"/>.</summary>
    public Task AdvanceAsync(TimeSpan span)
    {
        var until = Clock.GetUtcNow() + span;
        return Clock.UntilAsync(() => Clock.GetUtcNow() >= until, Holding);
    }

    /// <summary>Waits (clock held) until <paramref name="done"/> holds: for what needs no time to pass.</summary>
    public Task WaitAsync(Func<bool> done) => Clock.UntilAsync(done, () => true, running: Running);

    public int[] DispatchSequences => [.. Dispatches.Select(d => d.Sequence)];

    public string[] DispatchTypes => [.. Dispatches.Select(d => d.Type)];

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Clock.RunAsync(Running, () => Fake.InFlight > 0);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Clock.RunAsync(Running, () => Fake.InFlight > 0, limit: TimeSpan.FromMinutes(5));
        }
        catch (Exception e) when (e is DiscordGatewayException or TimeoutException)
        {
            // The test has looked at how it ended already.
        }

        _stop.Dispose();
        await _discord.DisposeAsync();
    }

    private bool Holding() =>
        Fake.InFlight > 0
        || Client.State is GatewayState.Connecting or GatewayState.Identifying or GatewayState.Resuming
        || (Gateway.Acks && Client.AwaitingHeartbeatAck);
}
