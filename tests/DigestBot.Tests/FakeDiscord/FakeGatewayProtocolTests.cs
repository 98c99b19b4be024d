using System.Net.WebSockets;
using System.Text.Json.Nodes;
using DigestBot.FakeDiscord;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.FakeDiscord;

/// <summary>The fake gateway, driven by hand: what it sends must match what Discord sends, what it allows what Discord allows.</summary>
public sealed class FakeGatewayProtocolTests : IAsyncLifetime
{
    private FakeDiscordServer _fake = null!;
    private RawGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Token = RawDiscord.Token });
        _gateway = await RawGateway.ConnectAsync(_fake);
        Assert.Equal(10, (await _gateway.ReceiveAsync())!["op"]!.GetValue<int>());
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _fake.DisposeAsync();
    }

    private async Task<JsonObject> ReadyAsync()
    {
        await _gateway.IdentifyAsync(RawDiscord.Token);
        var ready = (await _gateway.ReceiveAsync())!;
        Assert.Equal("READY", ready["t"]!.GetValue<string>());
        return ready["d"]!.AsObject();
    }

    [Fact]
    public async Task Ready_carries_every_field_of_the_captured_ready_but_the_trace_and_voice_regions()
    {
        var captured = JsonNode.Parse(DiscordFixtures.Text("gateway-ready-captured.json"))!["d"]!.AsObject();

        var ready = await ReadyAsync();

        Assert.Empty(captured.Select(p => p.Key).Except(["_trace", "geo_ordered_rtc_regions"]).Except(ready.Select(p => p.Key)));
        Assert.Empty(captured["user"]!.AsObject().Select(p => p.Key).Except(ready["user"]!.AsObject().Select(p => p.Key)));
        Assert.Equal("[]", ready["private_channels"]!.ToJsonString());
        Assert.Equal(_fake.Options.ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture), ready["application"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task After_an_invalid_session_the_client_may_identify_again_on_the_same_connection()
    {
        var first = await ReadyAsync();

        await _fake.Gateway.InvalidSessionAsync(resumable: false);
        var invalid = (await _gateway.ReceiveAsync())!;
        var second = await ReadyAsync();

        Assert.Equal((9, false), (invalid["op"]!.GetValue<int>(), invalid["d"]!.GetValue<bool>()));
        Assert.NotEqual(first["session_id"]!.GetValue<string>(), second["session_id"]!.GetValue<string>());
        Assert.Equal(2, _fake.Gateway.Identifies);
        var connection = Assert.Single(_fake.Gateway.Connections);
        Assert.Null(connection.ServerCloseCode);
    }

    [Fact]
    public async Task A_second_identify_on_a_live_session_is_closed_with_4005()
    {
        await ReadyAsync();

        await _gateway.IdentifyAsync(RawDiscord.Token);

        Assert.Null(await _gateway.ReceiveAsync());
        Assert.Equal((WebSocketCloseStatus)4005, _gateway.CloseStatus);
    }

    [Fact]
    public async Task After_an_invalid_session_anything_but_identify_or_resume_is_closed_with_4003()
    {
        await ReadyAsync();
        await _fake.Gateway.InvalidSessionAsync(resumable: false);
        await _gateway.ReceiveAsync();

        await _gateway.SendAsync(new JsonObject { ["op"] = 3, ["d"] = new JsonObject { ["status"] = "online" } });

        Assert.Null(await _gateway.ReceiveAsync());
        Assert.Equal((WebSocketCloseStatus)4003, _gateway.CloseStatus);
    }
}
