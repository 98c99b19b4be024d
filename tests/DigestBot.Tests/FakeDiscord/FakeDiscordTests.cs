using System.Text.Json.Nodes;
using DigestBot.FakeDiscord;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.FakeDiscord;

/// <summary>The fake itself: it must refuse what Discord refuses, or tests against it prove nothing.</summary>
public sealed class FakeDiscordTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private FakeDiscordServer _fake = null!;
    private RawDiscord _raw = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Token = RawDiscord.Token, Time = _clock, RequireNoMentions = false, Messages = new FakeBucketRule("messages", 1000, TimeSpan.FromSeconds(5)) });
        _raw = new RawDiscord(_fake);
    }

    public async Task DisposeAsync()
    {
        _raw.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task A_repeated_nonce_inside_the_window_returns_the_original_message_and_outside_it_posts_again()
    {
        var message = new JsonObject { ["content"] = "chunk", ["nonce"] = "d1-c0", ["enforce_nonce"] = true };

        var first = await _raw.PostMessageAsync(1, message);
        _clock.Advance(TimeSpan.FromSeconds(119));
        var repeat = await _raw.PostMessageAsync(1, message);
        var otherChannel = await _raw.PostMessageAsync(2, message);
        _clock.Advance(TimeSpan.FromSeconds(2));
        var late = await _raw.PostMessageAsync(1, message);
        var unenforced = await _raw.PostMessageAsync(3, new JsonObject { ["content"] = "x", ["nonce"] = "n" });
        var unenforcedAgain = await _raw.PostMessageAsync(3, new JsonObject { ["content"] = "x", ["nonce"] = "n" });

        Assert.Equal(first.Body!["id"]!.ToString(), repeat.Body!["id"]!.ToString());
        Assert.NotEqual(first.Body["id"]!.ToString(), otherChannel.Body!["id"]!.ToString());
        Assert.NotEqual(first.Body["id"]!.ToString(), late.Body!["id"]!.ToString());
        Assert.Equal(2, _fake.Channels.Messages(1).Count);
        Assert.Equal(2, _fake.Channels.Messages(3).Count);
        Assert.Equal("d1-c0", first.Body["nonce"]!.GetValue<string>());
        Assert.All(new[] { unenforced, unenforcedAgain }, r => Assert.Equal(200, r.Status));
    }

    public static TheoryData<string, string> BrokenMessages => new()
    {
        { $$"""{"content":"{{new string('a', 2001)}}"}""", "content" },
        { $$"""{"embeds":[{"title":"{{new string('t', 257)}}"}]}""", "embeds.0.title" },
        { $$"""{"embeds":[{"description":"{{new string('d', 4097)}}"}]}""", "embeds.0.description" },
        { $$$"""{"embeds":[{"footer":{"text":"{{{new string('f', 2049)}}}"}}]}""", "embeds.0.footer.text" },
        { $$$"""{"embeds":[{"author":{"name":"{{{new string('a', 257)}}}"}}]}""", "embeds.0.author.name" },
        { $$"""{"embeds":[{"fields":[{"name":"{{new string('n', 257)}}","value":"v"}]}]}""", "embeds.0.fields.0.name" },
        { $$"""{"embeds":[{"fields":[{"name":"n","value":"{{new string('v', 1025)}}"}]}]}""", "embeds.0.fields.0.value" },
        { """{"embeds":[{"fields":[{"name":"n","value":"  "}]}]}""", "embeds.0.fields.0.value" },
        { "{\"embeds\":[{\"fields\":[" + string.Join(',', Enumerable.Repeat("{\"name\":\"n\",\"value\":\"v\"}", 26)) + "]}]}", "embeds.0.fields" },
        { "{\"embeds\":[" + string.Join(',', Enumerable.Repeat("{\"title\":\"t\"}", 11)) + "]}", "embeds" },
        { "{\"embeds\":[" + string.Join(',', Enumerable.Repeat($"{{\"description\":\"{new string('d', 3001)}\"}}", 2)) + "]}", "embeds" },
        { """{"embeds":[{"title":"t","url":"not a url"}]}""", "embeds.0.url" },
        { """{"content":"x","components":[{"type":2,"style":1,"label":"b","custom_id":"a"}]}""", "components.0.type" },
        { """{"content":"x","components":[{"type":1,"components":[{"type":2,"style":5,"label":"b","url":"https://a.org","custom_id":"a"}]}]}""", "components.0.components.0.custom_id" },
        { """{"content":"x","components":[{"type":1,"components":[{"type":2,"style":1,"label":"b"}]}]}""", "components.0.components.0.custom_id" },
        { """{"content":"x","components":[{"type":1,"components":[{"type":2,"style":1,"label":"b","custom_id":"a"},{"type":2,"style":2,"label":"c","custom_id":"a"}]}]}""", "components.0.components.1.custom_id" },
        { "{\"content\":\"x\",\"components\":[" + string.Join(',', Enumerable.Range(0, 6).Select(i => $"{{\"type\":1,\"components\":[{{\"type\":2,\"style\":1,\"label\":\"b\",\"custom_id\":\"{i}\"}}]}}")) + "]}", "components" },
        { "{\"content\":\"x\",\"components\":[{\"type\":1,\"components\":[" + string.Join(',', Enumerable.Range(0, 6).Select(i => $"{{\"type\":2,\"style\":1,\"label\":\"b\",\"custom_id\":\"{i}\"}}")) + "]}]}", "components.0.components" },
        { $$"""{"content":"x","components":[{"type":1,"components":[{"type":2,"style":1,"custom_id":"a","label":"{{new string('l', 81)}}"}]}]}""", "components.0.components.0.label" },
        { """{"content":"x","allowed_mentions":{"parse":["users"],"users":["1"]}}""", "allowed_mentions" },
        { """{"content":"x","allowed_mentions":{"parse":["nobody"]}}""", "allowed_mentions.parse" },
        { """{"content":"x","nonce":"12345678901234567890123456","enforce_nonce":true}""", "nonce" },
        { """{"content":"x","flags":64}""", "flags" },
    };

    [Theory]
    [MemberData(nameof(BrokenMessages))]
    public async Task Broken_messages_get_400_invalid_form_body_naming_the_field(string json, string path)
    {
        var (status, body) = await _raw.SendAsync("POST", "/channels/1/messages", json);

        Assert.Equal(400, status);
        Assert.Equal(50035, body!["code"]!.GetValue<int>());
        var node = path.Split('.').Aggregate(body["errors"], (n, part) => n?[part]);
        Assert.True(node?["_errors"] is JsonArray { Count: > 0 }, body.ToJsonString());
        Assert.Empty(_fake.Channels.Messages(1));
    }

    [Fact]
    public async Task Empty_messages_bad_headers_and_bad_json_are_refused_as_discord_does()
    {
        var empty = await _raw.SendAsync("POST", "/channels/1/messages", """{"content":"   "}""");
        var noAgent = await _raw.SendAsync("POST", "/channels/1/messages", """{"content":"x"}""", userAgent: null);
        var browser = await _raw.SendAsync("POST", "/channels/1/messages", """{"content":"x"}""", userAgent: "Mozilla/5.0");
        var noToken = await _raw.SendAsync("POST", "/channels/1/messages", """{"content":"x"}""", token: null);
        var text = await _raw.SendAsync("POST", "/channels/1/messages", """{"content":"x"}""", contentType: "text/plain");
        var broken = await _raw.SendAsync("POST", "/channels/1/messages", """{"content":""");
        var unknown = await _raw.SendAsync("GET", "/users/@me/connections", null);
        var exactly = await _raw.SendAsync("POST", "/channels/1/messages", $$$"""{"content":"{{{new string('a', 2000)}}}","embeds":[{"title":"{{{new string('t', 256)}}}","description":"{{{new string('d', 4096)}}}","footer":{"text":"{{{new string(' ', 3000)}}}f"}}]}""");

        Assert.Equal((400, 50006), (empty.Status, empty.Body!["code"]!.GetValue<int>()));
        Assert.Equal(403, noAgent.Status);
        Assert.Equal(403, browser.Status);
        Assert.Equal(401, noToken.Status);
        Assert.Equal((400, 50035), (text.Status, text.Body!["code"]!.GetValue<int>()));
        Assert.Equal((400, 50109), (broken.Status, broken.Body!["code"]!.GetValue<int>()));
        Assert.Equal(404, unknown.Status);
        Assert.Equal(200, exactly.Status);
    }

    public static TheoryData<string, string> BrokenCommands => new()
    {
        { """[{"name":"Paper","description":"d"}]""", "0.name" },
        { """[{"name":"two words","description":"d"}]""", "0.name" },
        { """[{"name":"paper","description":""}]""", "0.description" },
        { $$"""[{"name":"paper","description":"{{new string('d', 101)}}"}]""", "0.description" },
        { """[{"name":"paper","description":"d"},{"name":"paper","description":"e"}]""", "1.name" },
        { """[{"name":"paper","description":"d","default_member_permissions":"sixteen"}]""", "0.default_member_permissions" },
        { """[{"name":"paper","description":"d","default_member_permissions":-16}]""", "0.default_member_permissions" },
        { """[{"name":"paper","description":"d","default_member_permissions":true}]""", "0.default_member_permissions" },
        { """[{"name":"paper","description":"d","contexts":[3]}]""", "0.contexts" },
        { """[{"name":"paper","description":"d","options":[{"type":3,"name":"a","description":"a"},{"type":3,"name":"b","description":"b","required":true}]}]""", "0.options" },
        { """[{"name":"paper","description":"d","options":[{"type":3,"name":"a","description":"a","min_value":1}]}]""", "0.options.0.min_value" },
        { """[{"name":"w","description":"d","options":[{"type":1,"name":"add","description":"a","options":[{"type":1,"name":"x","description":"x"}]}]}]""", "0.options.0.options.0.type" },
        { """[{"name":"w","description":"d","options":[{"type":1,"name":"add","description":"a"},{"type":3,"name":"q","description":"q"}]}]""", "0.options" },
        { """[{"name":"w","description":"d","options":[{"type":3,"name":"q","description":"q","options":[{"type":3,"name":"r","description":"r"}]}]}]""", "0.options.0.options" },
        { """[{"name":"w","description":"d","options":[{"type":3,"name":"q","description":"q","autocomplete":true,"choices":[{"name":"a","value":"a"}]}]}]""", "0.options.0.autocomplete" },
    };

    [Theory]
    [MemberData(nameof(BrokenCommands))]
    public async Task Broken_commands_are_refused_naming_the_field(string json, string path)
    {
        var (status, body) = await _raw.SendAsync("PUT", $"/applications/{_fake.Options.ApplicationId}/commands", json);

        Assert.Equal(400, status);
        var node = path.Split('.').Aggregate(body!["errors"], (n, part) => n?[part]);
        Assert.True(node?["_errors"] is JsonArray { Count: > 0 }, body.ToJsonString());
        Assert.Equal(0, _fake.Commands.Overwrites);
    }
}
