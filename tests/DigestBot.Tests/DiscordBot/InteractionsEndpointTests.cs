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

    [Fact]
    public async Task A_page_button_answers_with_a_deferred_update_in_the_body_then_edits_the_message_it_is_on()
    {
        _app.Get<DigestBot.Papers.PaperStore>().UpsertBatch(DigestBot.Tests.Search.DailyPapersPage.Papers(Now));
        var first = await AskAsync(Interactions.Command(44, "search", options: [("query", "language models")]));
        var original = _app.Fake.Interactions.Original(Interactions.Token(44))!;
        var next = original["components"]![0]!["components"]!.AsArray().Single(b => b!["label"]!.GetValue<string>().StartsWith("Next", StringComparison.Ordinal))!;

        var flipped = await AskAsync(Interactions.Button(45, next["custom_id"]!.GetValue<string>()));

        Assert.Equal((4, 6), (first, flipped));
        var page2 = _app.Fake.Interactions.Original(Interactions.Token(45))!;
        Assert.Contains("showing 6–10", page2["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(5, page2["embeds"]!.AsArray().Count);
        Assert.Empty(_app.Fake.Interactions.Followups(Interactions.Token(45)));
    }

    [Fact]
    public async Task A_slow_command_answers_thinking_in_the_body_and_its_answer_edits_it_over_rest()
    {
        _app.Get<DigestBot.Papers.PaperStore>().UpsertBatch(DigestBot.Tests.Search.DailyPapersPage.Papers(Now));

        var type = await AskAsync(Interactions.Command(46, "summary", "topic", options: [("topic", "language models")]));

        var answer = _app.Fake.Interactions.Original(Interactions.Token(46))!;
        Assert.Equal(5, type);
        Assert.NotEmpty(answer["embeds"]!.AsArray());
        Assert.Empty(_app.Fake.Interactions.Followups(Interactions.Token(46)));
    }

    /// <summary>Discord's side: the interaction posted signed, its body answer taken as Discord takes it; the type of that answer.</summary>
    private async Task<int> AskAsync(JsonObject interaction)
    {
        var token = interaction["token"]!.GetValue<string>();
        _app.Fake.Interactions.ExpectHttpAnswer(token);
        var (status, body, _) = await _discord.PostSignedAsync(_url, Encoding.UTF8.GetBytes(interaction.ToJsonString()), Now);
        Assert.Equal(200, status);
        var answer = JsonNode.Parse(body)!.AsObject();
        var id = ulong.Parse(interaction["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(204, _app.Fake.Interactions.AnsweredByHttp(id, token, answer));
        await _app.Get<InteractionPipeline>().DrainAsync(CancellationToken.None);
        return answer["type"]!.GetValue<int>();
    }

    public static TheoryData<string> Tampering =>
    [
        "signature", "body", "timestamp", "stale", "future", "no signature", "no timestamp", "no headers", "other key",
        "short signature", "long signature", "signature not hex", "signature of zeros", "timestamp with sign", "timestamp with space", "timestamp in ms",
    ];

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
            "short signature" => await _discord.PostAsync(_url, body, signature[..^2], stamp),
            "long signature" => await _discord.PostAsync(_url, body, signature + "00", stamp),
            "signature not hex" => await _discord.PostAsync(_url, body, signature[..^1] + "g", stamp),
            "signature of zeros" => await _discord.PostAsync(_url, body, new string('0', 128), stamp),
            "timestamp with sign" => await _discord.PostAsync(_url, body, _discord.Sign("+" + stamp, body), "+" + stamp),
            "timestamp with space" => await _discord.PostAsync(_url, body, _discord.Sign(stamp + " ", body), stamp + " "),
            "timestamp in ms" => await SignedAtAsync(body, Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _ => await stranger.PostSignedAsync(_url, body, Now),
        };

        Assert.Equal(401, result.Status);
        Assert.Null(_app.Fake.Interactions.Response(Interactions.Token(43)));
        Assert.Equal(before, _app.Fake.Requests.Count);
    }

    [Fact]
    public async Task The_signature_hex_may_be_upper_case_as_the_key_is()
    {
        var body = Ping;
        var stamp = SignedRequests.Stamp(Now);

        var (status, answer, _) = await _discord.PostAsync(_url, body, _discord.Sign(stamp, body).ToUpperInvariant(), stamp);

        Assert.Equal((200, """{"type":1}"""), (status, answer));
    }

    [Fact]
    public async Task A_signed_ping_discord_net_cannot_read_still_gets_pong_and_any_other_unreadable_body_gets_400()
    {
        var bare = Encoding.UTF8.GetBytes("""{"id":"52","application_id":"1","type":1,"token":"t","version":1}""");
        var before = _app.Fake.Requests.Count;

        var ping = await _discord.PostSignedAsync(_url, bare, Now);
        var garbage = await _discord.PostSignedAsync(_url, Encoding.UTF8.GetBytes("not an interaction"), Now);
        var command = await _discord.PostSignedAsync(_url, Encoding.UTF8.GetBytes("""{"id":"53","type":2,"token":"t"}"""), Now);

        Assert.Equal((200, """{"type":1}""", "application/json"), ping);
        Assert.Equal(400, garbage.Status);
        Assert.Equal(400, command.Status);
        Assert.Equal(before, _app.Fake.Requests.Count);
        Assert.Equal(2, _app.Logs.Lines.Count(l => l.Message.StartsWith("A signed interaction request could not be read", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("", "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")]
    [InlineData("72", "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")]
    public void Discord_nets_verifier_accepts_the_rfc_8032_vectors_and_refuses_them_with_one_bit_flipped(string message, string publicKey, string signature)
    {
        using var rest = new global::Discord.Rest.DiscordRestClient();
        var body = Convert.FromHexString(message);
        var flipped = (signature[0] == '0' ? "1" : "0") + signature[1..];

        Assert.True(rest.IsValidHttpInteraction(publicKey, signature, string.Empty, body));
        Assert.False(rest.IsValidHttpInteraction(publicKey, flipped, string.Empty, body));
        Assert.False(rest.IsValidHttpInteraction(publicKey, signature, string.Empty, [.. body, 0]));
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

    private async Task<(int Status, string Body, string? ContentType)> SignedAtAsync(byte[] body, string stamp) =>
        await _discord.PostAsync(_url, body, _discord.Sign(stamp, body), stamp);

    private static string Flip(string hex) => (hex[0] == '0' ? '1' : '0') + hex[1..];

    private static byte[] FlipBit(byte[] body)
    {
        var copy = (byte[])body.Clone();
        copy[^2] ^= 1;
        return copy;
    }
}
