using System.Globalization;
using Discord;
using Discord.WebSocket;
using DigestBot.DiscordBot;
using DigestBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.DiscordBot;

/// <summary>
/// What becomes of the gateway connection in Gateway mode, on Discord.Net against the fake gateway: close codes that
/// forbid reconnecting stop the bot, the watchdog restarts a connection left for dead, and shards are a setting.
/// </summary>
public sealed class GatewayConnectionTests
{
    public static TheoryData<int> FatalCodes => [4004, 4010, 4011, 4012, 4013, 4014];

    [Theory]
    [MemberData(nameof(FatalCodes))]
    public async Task A_close_code_that_forbids_reconnecting_stops_the_bot_with_its_one_line_and_nothing_connects_again(int code)
    {
        await using var app = await DiscordAppHarness.StartAsync(DiscordMode.Gateway);
        await app.ConnectAsync();
        var fatal = app.Get<FatalStop>();
        var client = app.Get<DiscordGatewayService>().Client!;

        await app.Fake.Gateway.CloseAsync(code);

        await DiscordAppHarness.EventuallyAsync(() => fatal.Stopped && client.ConnectionState == ConnectionState.Disconnected, "the bot to stop");
        await NoReconnectAsync(app);
        Assert.Equal(GatewayClose.Describe(code), fatal.Reason);
        Assert.Contains(code.ToString(CultureInfo.InvariantCulture), fatal.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs.Lines, l => l.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_token_revoked_while_connected_stops_the_bot_when_the_gateway_refuses_to_resume_and_nothing_is_retried()
    {
        await using var app = await DiscordAppHarness.StartAsync(DiscordMode.Gateway);
        await app.ConnectAsync();
        var fatal = app.Get<FatalStop>();
        app.Fake.TokenRevoked = true;

        // A routine reconnect: Discord.Net resumes on a new connection, which the fake closes with 4004.
        await app.Fake.Gateway.CloseAsync(4000);

        await DiscordAppHarness.EventuallyAsync(() => fatal.Stopped, "the bot to stop");
        var connections = app.Fake.Gateway.Connections.Count;
        await NoReconnectAsync(app, connections);
        Assert.Equal(GatewayClose.Describe(4004), fatal.Reason);
        Assert.Equal(4004, app.Fake.Gateway.Connections[^1].ServerCloseCode);
        Assert.DoesNotContain(DiscordAppHarness.Token, app.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_loop_stops_the_bot_once_the_days_logins_are_spent_and_sends_no_more()
    {
        // A day's budget of two, so that a loop spends it within the test (Discord.Net spaces logins 5 s apart).
        await using var app = await DiscordAppHarness.StartAsync(
            DiscordMode.Gateway, null, o => o.Use(new IdentifyBudget(TimeProvider.System, perDay: 2)));
        await app.ConnectAsync();
        var fatal = app.Get<FatalStop>();

        await app.Fake.Gateway.InvalidSessionAsync(resumable: false);
        await DiscordAppHarness.EventuallyAsync(() => app.Fake.Gateway.Identifies == 2 && app.Fake.Gateway.Live?.Ready == true, "the second login");
        await app.Fake.Gateway.InvalidSessionAsync(resumable: false);

        await DiscordAppHarness.EventuallyAsync(() => fatal.Stopped, "the bot to stop");
        Assert.Equal(app.Get<IdentifyBudget>().SpentLine, fatal.Reason);
        Assert.Contains("2 times in 24 hours", fatal.Reason, StringComparison.Ordinal);
        await Task.Delay(IdentifyBudget.Spacing);
        Assert.Equal(2, app.Fake.Gateway.Identifies);
    }

    [Fact]
    public async Task The_watchdog_starts_a_connection_left_disconnected_again_after_the_stall_and_never_after_a_fatal_stop()
    {
        await using var app = await DiscordAppHarness.StartAsync(DiscordMode.Gateway);
        await app.ConnectAsync();
        var shard = Assert.Single(app.Get<DiscordGatewayService>().Shards);
        var fatal = app.Get<FatalStop>();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var watchdog = new GatewayWatchdog([shard], clock, fatal, NullLogger.Instance);

        // As discord-net #3187 leaves a client: disconnected, and never trying again by itself.
        await shard.StopAsync();
        await DiscordAppHarness.EventuallyAsync(() => shard.ConnectionState == ConnectionState.Disconnected, "the shard to stop");
        clock.Advance(GatewayWatchdog.Stall - TimeSpan.FromSeconds(31));
        var beforeStall = app.Fake.Gateway.Connections.Count;
        clock.Advance(TimeSpan.FromSeconds(61));

        await DiscordAppHarness.EventuallyAsync(() => shard.ConnectionState == ConnectionState.Connected && app.Fake.Gateway.Live?.Ready == true, "the restarted connection");
        Assert.Equal(1, beforeStall);
        Assert.Equal(2, app.Fake.Gateway.Connections.Count);

        fatal.Stop("stopped by the test");
        await shard.StopAsync();
        await DiscordAppHarness.EventuallyAsync(() => shard.ConnectionState == ConnectionState.Disconnected, "the shard to stop");
        clock.Advance(GatewayWatchdog.Stall + TimeSpan.FromMinutes(1));
        Assert.Equal(ConnectionState.Disconnected, shard.ConnectionState);
        Assert.Equal(2, app.Fake.Gateway.Connections.Count);
    }

    [Fact]
    public async Task Two_shards_are_a_setting_each_shard_identifies_as_itself_and_interactions_are_answered()
    {
        await using var app = await DiscordAppHarness.StartAsync(DiscordMode.Gateway, null, ("DigestBot:Discord:Shards", "2"));
        var service = app.Get<DiscordGatewayService>();

        await app.StartAsync<DiscordGatewayService>();

        Assert.IsType<DiscordShardedClient>(service.Client);
        await DiscordAppHarness.EventuallyAsync(() => service.Shards.Count == 2 && service.Shards.All(s => s.ConnectionState == ConnectionState.Connected), "both shards");
        var identified = app.Fake.Gateway.Connections.Select(c => c.ReceivedOp(2).Single()["d"]!["shard"]!.ToJsonString()).Order(StringComparer.Ordinal);
        Assert.Equal(["[0,2]", "[1,2]"], identified);
        Assert.All(app.Fake.Gateway.Connections, c => Assert.Equal(1, c.ReceivedOp(2).Single()["d"]!["intents"]!.GetValue<int>()));
        await app.Fake.Gateway.InteractionCreateAsync(Interactions.Command(61, "help"));
        await DiscordAppHarness.EventuallyAsync(() => app.Fake.Interactions.Response(Interactions.Token(61)) is not null, "the answer");
    }

    /// <summary>
    /// Discord.Net tries again about a second after a connection ends, then for ever: a few seconds without a new
    /// connection means it was told not to. (A wait for something not to happen, not a measure of speed.)
    /// </summary>
    private static async Task NoReconnectAsync(DiscordAppHarness app, int connections = 1)
    {
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(connections, app.Fake.Gateway.Connections.Count);
    }
}
