using System.Text.Json.Nodes;
using DigestBot.Discord.Gateway;
using DigestBot.Discord.Tests.Support;
using DigestBot.FakeDiscord;

namespace DigestBot.Discord.Tests;

/// <summary>The gateway client against the fake gateway, on a fake clock.</summary>
public class GatewayTests
{
    private static JsonObject Interaction(ulong id) => new() { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["type"] = 2, ["token"] = "t" };

    [Fact]
    public async Task The_client_identifies_with_guilds_intent_gets_ready_and_receives_numbered_dispatches_in_order()
    {
        await using var h = await GatewayHarness.StartAsync();

        await h.Gateway.InteractionCreateAsync(Interaction(1));
        await h.Gateway.GuildDeleteAsync(7, unavailable: true);
        await h.WaitAsync(() => h.Dispatches.Count == 3);

        var connection = Assert.Single(h.Gateway.Connections);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        var identify = Assert.Single(connection.ReceivedOp(2))["d"]!;
        Assert.Equal("[valid token]", identify["token"]!.GetValue<string>());
        Assert.Equal(1, identify["intents"]!.GetValue<int>());
        Assert.All(new[] { "os", "browser", "device" }, p => Assert.False(string.IsNullOrEmpty(identify["properties"]![p]!.GetValue<string>())));
        Assert.Equal(["READY", "INTERACTION_CREATE", "GUILD_DELETE"], h.DispatchTypes);
        Assert.Equal([1, 2, 3], h.DispatchSequences);
        Assert.Equal(3, h.Client.Sequence);
        Assert.Equal(h.Fake.Options.ApplicationId, h.Client.ApplicationId);
        Assert.Equal(1, h.Gateway.Identifies);
    }

    [Fact]
    public async Task Heartbeats_start_within_one_interval_carry_the_latest_sequence_and_answer_a_request_at_once()
    {
        await using var h = await GatewayHarness.StartAsync();
        var connection = h.Gateway.Live!;
        int Beats() => connection.ReceivedOp(1).Count;

        // The first heartbeat is due within one interval: once that has passed, it arrives with the clock held.
        // (Read right after advancing, it may still be on its way; the wait fails after its real-time guard.)
        await h.AdvanceAsync(TimeSpan.FromSeconds(1));
        await h.WaitAsync(() => Beats() >= 1);
        var first = connection.ReceivedOp(1);
        await h.Gateway.InteractionCreateAsync(Interaction(1));
        await h.WaitAsync(() => h.Client.Sequence == 2);

        // From the second heartbeat to the eleventh, nine intervals of fake time pass.
        await h.UntilAsync(() => Beats() >= 2);
        var second = h.Clock.GetUtcNow();
        await h.UntilAsync(() => Beats() >= 11);
        var nineIntervals = h.Clock.GetUtcNow() - second;
        var scheduled = connection.ReceivedOp(1);

        // The next scheduled heartbeat is an interval away and the clock is held: only the answer can arrive.
        await h.Gateway.RequestHeartbeatAsync();
        await h.WaitAsync(() => Beats() > scheduled.Count);
        var answered = connection.ReceivedOp(1);
        await h.UntilAsync(() => Beats() > answered.Count);

        Assert.Single(first);
        Assert.Equal(1, first[0]["d"]!.GetValue<int>());
        Assert.InRange(nineIntervals, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(10));
        Assert.Equal(11, scheduled.Count);
        Assert.All(scheduled.Skip(1), beat => Assert.Equal(2, beat["d"]!.GetValue<int>()));
        Assert.Equal(scheduled.Count + 1, answered.Count);
        Assert.Equal(2, answered[^1]["d"]!.GetValue<int>());

        // Answering a request leaves the schedule and its ACK bookkeeping as they were: no zombie, no reconnect.
        Assert.Single(h.Gateway.Connections);
        Assert.Equal(GatewayState.Connected, h.Client.State);
    }

    [Fact]
    public async Task A_dropped_connection_resumes_at_the_resume_url_and_the_missed_dispatches_are_replayed()
    {
        await using var h = await GatewayHarness.StartAsync();
        await h.Gateway.InteractionCreateAsync(Interaction(1));
        await h.WaitAsync(() => h.Client.Sequence == 2);
        var first = h.Gateway.Live!;

        h.Gateway.Drop();
        await h.WaitAsync(() => first.Ended);
        await h.Gateway.InteractionCreateAsync(Interaction(2));
        await h.Gateway.ChannelDeleteAsync(5, 7);
        await h.UntilAsync(() => h.Dispatches.Count == 5);

        var second = h.Gateway.Connections[1];
        Assert.Equal(FakeGateway.ResumePath, second.Path);
        Assert.Equal("?v=10&encoding=json", second.Query);
        var resume = Assert.Single(second.ReceivedOp(6))["d"]!;
        Assert.Equal(first.SessionId, resume["session_id"]!.GetValue<string>());
        Assert.Equal(2, resume["seq"]!.GetValue<int>());
        Assert.Equal("[valid token]", resume["token"]!.GetValue<string>());
        Assert.Empty(second.ReceivedOp(2));
        Assert.Equal(["READY", "INTERACTION_CREATE", "INTERACTION_CREATE", "CHANNEL_DELETE", "RESUMED"], h.DispatchTypes);
        Assert.Equal([1, 2, 3, 4, 5], h.DispatchSequences);
        Assert.Equal(1, h.Gateway.Identifies);
        Assert.Equal(GatewayState.Connected, h.Client.State);
    }

    [Fact]
    public async Task Op_7_closes_with_a_code_that_keeps_the_session_and_resumes()
    {
        await using var h = await GatewayHarness.StartAsync();

        await h.Gateway.ReconnectAsync();
        await h.UntilAsync(() => h.Gateway.Connections.Count == 2 && h.DispatchTypes[^1] == "RESUMED");

        var first = h.Gateway.Connections[0];
        Assert.NotNull(first.ClientCloseCode);
        Assert.DoesNotContain(first.ClientCloseCode, new int?[] { 1000, 1001 });
        Assert.Single(h.Gateway.Connections[1].ReceivedOp(6));
        Assert.Equal(1, h.Gateway.Identifies);
        Assert.Equal("RESUMED", h.DispatchTypes[^1]);
    }

    [Fact]
    public async Task Op_9_resumable_resumes_and_op_9_not_resumable_identifies_anew_after_a_pause()
    {
        await using var h = await GatewayHarness.StartAsync();

        await h.Gateway.InvalidSessionAsync(resumable: true);
        await h.UntilAsync(() => h.Gateway.Connections.Count == 2 && h.Gateway.Connections[1].Ready);
        var resumed = h.Gateway.Connections[1];
        var before = h.Clock.GetUtcNow();
        await h.Gateway.InvalidSessionAsync(resumable: false);
        await h.UntilAsync(() => h.Gateway.Connections.Count == 3 && h.Client.State == GatewayState.Connected);

        Assert.Single(resumed.ReceivedOp(6));
        Assert.Empty(resumed.ReceivedOp(2));
        var fresh = h.Gateway.Connections[2];
        Assert.Equal(FakeGateway.Path, fresh.Path);
        Assert.Single(fresh.ReceivedOp(2));
        Assert.Empty(fresh.ReceivedOp(6));
        Assert.Equal(2, h.Gateway.Identifies);
        Assert.True(h.Gateway.IdentifiedAt[1] - before >= TimeSpan.FromSeconds(1), "op 9 (not resumable) waits at least a second before identifying");
        Assert.NotEqual(h.Gateway.Connections[0].SessionId, fresh.SessionId);
        Assert.Equal(1, h.Client.Sequence);
    }

    [Fact]
    public async Task A_link_without_heartbeat_acks_is_found_dead_closed_without_1000_and_resumed()
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = h.Gateway.Live!;

        h.Gateway.Acks = false;
        await h.UntilAsync(() => first.Ended);
        h.Gateway.Acks = true;
        await h.UntilAsync(() => h.Gateway.Connections.Count == 2 && h.Gateway.Connections[1].Ready);

        Assert.Single(first.ReceivedOp(1));
        Assert.Equal(GatewayCloseCodes.UnknownError, first.ClientCloseCode);
        Assert.Single(h.Gateway.Connections[1].ReceivedOp(6));
        Assert.Equal(1, h.Gateway.Identifies);
        Assert.Contains(h.Logger.Lines, l => l.Message.Contains("No heartbeat ACK", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejected_token_4004_stops_with_one_error_line_and_never_reconnects()
    {
        const string wrong = "wrong-gateway-token-SECRET";
        await using var h = await GatewayHarness.StartAsync(token: wrong, waitForReady: false);

        await h.UntilAsync(() => h.Running.IsCompleted, limit: TimeSpan.FromMinutes(1));
        var error = await Assert.ThrowsAsync<DiscordGatewayException>(() => h.Running);
        var later = h.Clock.GetUtcNow().AddMinutes(30);
        await h.Clock.UntilAsync(() => h.Clock.GetUtcNow() >= later, step: TimeSpan.FromSeconds(5));

        Assert.Equal(4004, error.CloseCode);
        Assert.Contains("4004", error.Message, StringComparison.Ordinal);
        Assert.Single(Assert.Single(h.Gateway.Connections).ReceivedOp(2));
        Assert.Equal(GatewayState.Stopped, h.Client.State);
        Assert.Single(h.Logger.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Error);
        Assert.DoesNotContain(wrong, h.Logger.All, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task Close_codes_that_retrying_cannot_fix_stop_the_client(int code)
    {
        await using var h = await GatewayHarness.StartAsync();

        await h.Gateway.CloseAsync(code);
        await h.UntilAsync(() => h.Running.IsCompleted, limit: TimeSpan.FromMinutes(1));

        var error = await Assert.ThrowsAsync<DiscordGatewayException>(() => h.Running);
        Assert.Equal(code, error.CloseCode);
        Assert.Single(h.Gateway.Connections);
    }

    [Theory]
    [InlineData(4000, true)]
    [InlineData(4008, true)]
    [InlineData(4007, false)]
    [InlineData(4009, false)]
    public async Task Other_close_codes_reconnect_resuming_unless_the_session_is_over(int code, bool resumes)
    {
        await using var h = await GatewayHarness.StartAsync();

        await h.Gateway.CloseAsync(code);
        await h.UntilAsync(() => h.Gateway.Connections.Count == 2 && h.Gateway.Connections[1].Ready);

        var second = h.Gateway.Connections[1];
        Assert.Equal(resumes ? 1 : 0, second.ReceivedOp(6).Count);
        Assert.Equal(resumes ? 0 : 1, second.ReceivedOp(2).Count);
    }

    [Fact]
    public async Task A_large_ready_split_across_many_websocket_reads_is_assembled_whole()
    {
        var guilds = Enumerable.Range(1, 5000).Select(i => (ulong)i + 1_000_000_000_000_000UL).ToList();
        await using var h = await GatewayHarness.StartAsync(guilds: guilds);

        var ready = h.Dispatches.First();
        Assert.Equal(5000, ready.Data.GetProperty("guilds").GetArrayLength());
        Assert.Contains(h.Logger.Lines, l => l.Message.Contains("(5000 guilds)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Shutting_down_closes_with_1000_and_ends_the_run()
    {
        await using var h = await GatewayHarness.StartAsync();
        var connection = h.Gateway.Live!;

        await h.StopAsync();
        await h.WaitAsync(() => connection.Ended);

        Assert.Equal(1000, connection.ClientCloseCode);
        Assert.Equal(GatewayState.Stopped, h.Client.State);
        Assert.Single(h.Gateway.Connections);
    }

    [Fact]
    public async Task Sessions_invalidated_over_and_over_are_identified_at_most_every_five_seconds_with_growing_pauses()
    {
        await using var h = await GatewayHarness.StartAsync();

        for (var i = 2; i <= 6; i++)
        {
            await h.Gateway.InvalidSessionAsync(resumable: false);
            var n = i;
            await h.UntilAsync(() => h.Gateway.Identifies == n && h.Client.State == GatewayState.Connected);
        }

        var at = h.Gateway.IdentifiedAt;
        Assert.All(at.Zip(at.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(5), $"{pair.First:T} then {pair.Second:T}"));
    }
}
