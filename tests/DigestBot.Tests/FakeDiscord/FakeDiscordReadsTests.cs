using System.Globalization;
using System.Text.Json.Nodes;
using DigestBot.FakeDiscord;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.FakeDiscord;

/// <summary>What a client library reads on login and for a channel it has not cached, and the command shapes Discord also takes.</summary>
public sealed class FakeDiscordReadsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private FakeDiscordServer _fake = null!;
    private RawDiscord _raw = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Token = RawDiscord.Token, Time = _clock, RequireNoMentions = false });
        _raw = new RawDiscord(_fake);
    }

    public async Task DisposeAsync()
    {
        _raw.Dispose();
        await _fake.DisposeAsync();
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_bot_reads_its_own_user_and_application_with_its_token_only()
    {
        var me = await _raw.SendAsync("GET", "/users/@me", null);
        var app = await _raw.SendAsync("GET", "/oauth2/applications/@me", null);
        var stranger = await _raw.SendAsync("GET", "/oauth2/applications/@me", null, token: "not-the-token");

        Assert.Equal((200, Id(_fake.Options.BotUserId), true), (me.Status, me.Body!["id"]!.GetValue<string>(), me.Body["bot"]!.GetValue<bool>()));
        Assert.Equal((200, Id(_fake.Options.ApplicationId)), (app.Status, app.Body!["id"]!.GetValue<string>()));
        string[] required = ["id", "name", "icon", "description", "bot_public", "bot_require_code_grant", "verify_key", "team"];
        Assert.Empty(required.Except(app.Body.AsObject().Select(p => p.Key)));
        Assert.Equal(401, stranger.Status);
    }

    [Fact]
    public async Task A_channel_reads_as_a_guild_text_channel_and_a_thread_started_from_a_message_as_its_thread()
    {
        _fake.Channels.Guilds[77] = 4242;
        var message = await _raw.PostMessageAsync(77, new JsonObject { ["content"] = "first" });
        var messageId = message.Body!["id"]!.GetValue<string>();
        await _raw.SendAsync("POST", $"/channels/77/messages/{messageId}/threads", """{"name":"Digest 77-1"}""");
        _fake.Channels.Unknown[78] = true;

        var channel = await _raw.SendAsync("GET", "/channels/77", null);
        var thread = await _raw.SendAsync("GET", $"/channels/{messageId}", null);
        var elsewhere = await _raw.SendAsync("GET", "/channels/79", null);
        var gone = await _raw.SendAsync("GET", "/channels/78", null);

        Assert.Equal((0, "4242", messageId), (channel.Body!["type"]!.GetValue<int>(), channel.Body["guild_id"]!.GetValue<string>(), channel.Body["last_message_id"]!.GetValue<string>()));
        Assert.True(thread.Status == 200, $"{thread.Status} {thread.Body?.ToJsonString()}");
        Assert.Equal((11, "77", "4242"), (thread.Body!["type"]!.GetValue<int>(), thread.Body["parent_id"]!.GetValue<string>(), thread.Body["guild_id"]!.GetValue<string>()));
        Assert.Equal(1440, thread.Body["thread_metadata"]!["auto_archive_duration"]!.GetValue<int>());
        Assert.Equal(Id(_fake.Options.GuildId), elsewhere.Body!["guild_id"]!.GetValue<string>());
        Assert.Equal((404, 10003), (gone.Status, gone.Body!["code"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Commands_with_numeric_permissions_and_empty_argument_options_are_taken_as_discord_takes_them()
    {
        const string Json = """
            [{"name":"watch","description":"d","default_member_permissions":16,"options":[
              {"type":1,"name":"add","description":"a","options":[{"type":3,"name":"query","description":"q","required":true,"options":[]}]}]},
             {"name":"paper","description":"d","default_member_permissions":"16","options":[{"type":3,"name":"id","description":"i","options":[]}]},
             {"name":"help","description":"d","default_member_permissions":null}]
            """;

        var (status, body) = await _raw.SendAsync("PUT", $"/applications/{_fake.Options.ApplicationId}/commands", Json);

        Assert.True(status == 200, body?.ToJsonString());
        Assert.Equal(3, _fake.Commands.Registered(null)!.Count);
    }

    [Fact]
    public async Task Ids_the_fake_makes_are_snowflakes_of_its_clock()
    {
        _clock.Advance(TimeSpan.FromMinutes(5));

        var message = await _raw.PostMessageAsync(1, new JsonObject { ["content"] = "x" });
        var id = ulong.Parse(message.Body!["id"]!.GetValue<string>(), CultureInfo.InvariantCulture);

        Assert.Equal(_clock.GetUtcNow(), FakeSnowflake.Time(id));
        Assert.Equal(new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero), FakeSnowflake.Time(FakeSnowflake.At(FakeSnowflake.DiscordEpoch, 7)));
        Assert.Equal(7UL, FakeSnowflake.Low(FakeSnowflake.At(_clock.GetUtcNow(), 7)));
    }
}
