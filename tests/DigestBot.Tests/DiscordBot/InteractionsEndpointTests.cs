using System.Text;
using System.Text.Json.Nodes;
using DigestBot.DiscordBot;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.DiscordBot;

/// <summary>The HTTP interactions endpoint over real loopback HTTP, signed with a key made here.</summary>
public sealed class InteractionsEndpointTests : IAsyncLifetime
{
    private readonly SignedRequests _discord = new();
    private DiscordAppHarness _app = null!;
    private Uri _url = null!;

    public async Task InitializeAsync()
    {
        _app = await DiscordAppHarness.StartAsync(DiscordMode.Http, _discord.PublicKeyHex);
        await _app.StartAsync<InteractionsEndpoint>();
        _url = Assert.Single(_app.Get<InteractionsEndpoint>().Addresses);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _discord.Dispose();
    }

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    private static byte[] Ping => Encoding.UTF8.GetBytes(Interactions.Ping(41).ToJsonString());

    private static byte[] Help(ulong id) => Encoding.UTF8.GetBytes(Interactions.Command(id, "help").ToJsonString());

    [Fact]
    public async Task A_signed_ping_gets_pong_as_json()
    {
        var (status, body, type) = await _discord.PostSignedAsync(_url, Ping, Now);

        Assert.Equal(200, status);
        Assert.Equal(1, JsonNode.Parse(body)!["type"]!.GetValue<int>());
        Assert.Equal("application/json", type);
        Assert.Equal("/interactions", _url.AbsolutePath);
    }

    [Fact]
    public async Task A_signed_command_is_answered_in_the_response_body_and_a_repeat_gets_202_with_nothing_run_again()
    {
        var (status, body, type) = await _discord.PostSignedAsync(_url, Help(42), Now);
        var again = await _discord.PostSignedAsync(_url, Help(42), Now);

        Assert.Equal((200, "application/json"), (status, type));
        var answer = JsonNode.Parse(body)!;
        Assert.Equal(4, answer["type"]!.GetValue<int>());
        Assert.Equal(64, answer["data"]!["flags"]!.GetValue<int>());
        Assert.Equal("[]", answer["data"]!["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.Equal((202, string.Empty), (again.Status, again.Body));
        Assert.DoesNotContain(_app.Fake.Requests, r => r.Route?.Contains("/interactions/", StringComparison.Ordinal) == true);
    }

    public static TheoryData<string> Tampering => ["signature", "body", "timestamp", "stale", "future", "no signature", "no timestamp", "no headers", "other key"];

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task Anything_unsigned_badly_signed_or_stale_gets_401_and_runs_nothing(string tampering)
    {
        var body = Help(43);
        var stamp = SignedRequests.Stamp(Now);
        var signature = _discord.Sign(stamp, body);
        var before = _app.Fake.Requests.Count;
        using var stranger = new SignedRequests();
        var result = tampering switch
        {
            "signature" => await _discord.PostAsync(_url, body, Flip(signature), stamp),
            "body" => await _discord.PostAsync(_url, FlipBit(body), signature, stamp),
            "timestamp" => await _discord.PostAsync(_url, body, signature, SignedRequests.Stamp(Now.AddSeconds(1))),
            "stale" => await _discord.PostSignedAsync(_url, body, Now.AddSeconds(-301)),
            "future" => await _discord.PostSignedAsync(_url, body, Now.AddSeconds(301)),
            "no signature" => await _discord.PostAsync(_url, body, null, stamp),
            "no timestamp" => await _discord.PostAsync(_url, body, signature, null),
            "no headers" => await _discord.PostAsync(_url, body, null, null),
            _ => await stranger.PostSignedAsync(_url, body, Now),
        };

        Assert.Equal(401, result.Status);
        Assert.Null(_app.Fake.Interactions.Response(Interactions.Token(43)));
        Assert.Equal(before, _app.Fake.Requests.Count);
    }

    [Fact]
    public async Task A_ping_a_few_minutes_old_still_passes()
    {
        var (status, _, _) = await _discord.PostSignedAsync(_url, Ping, Now.AddSeconds(-299));

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task Other_paths_and_methods_are_refused()
    {
        Assert.Equal(405, await _discord.SendAsync(HttpMethod.Get, _url));
        Assert.Equal(404, await _discord.SendAsync(HttpMethod.Post, new Uri(_url, "/other")));
    }

    private static string Flip(string hex) => (hex[0] == '0' ? '1' : '0') + hex[1..];

    private static byte[] FlipBit(byte[] body)
    {
        var copy = (byte[])body.Clone();
        copy[^2] ^= 1;
        return copy;
    }
}
