using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DigestBot.Digests;
using DigestBot.DiscordBot;
using DigestBot.FakeDiscord;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.Safety;

/// <summary>
/// What a forged payload can do: Discord's default_member_permissions only hide management commands in the client; a
/// hand-made interaction (over HTTP, or from a client that ignores them) still arrives. The bot checks Manage Channels
/// itself, so a member without it changes nothing; and nothing the bot posts can ping anyone.
/// </summary>
public sealed class TrustBoundaryTests
{
    /// <summary>Member permissions with everything except Manage Channels (16) and Administrator (8).</summary>
    private const string WithoutManage = "2147483623";

    public static TheoryData<string, string?, string, string> ManagementCommands => new()
    {
        { "watch", "add", "query", "transformer" },
        { "schedule", "set", "when", "instant" },
        { "schedule", "pause", "", "" },
        { "digest", "now", "", "" },
    };

    [Theory]
    [MemberData(nameof(ManagementCommands))]
    public async Task A_forged_management_command_from_a_member_without_manage_channels_changes_nothing(string command, string? sub, string option, string value)
    {
        await using var app = await DiscordAppHarness.StartAsync(DiscordMode.Gateway);
        (string, JsonNode)[] options = option.Length == 0 ? [] : [(option, value is "false" ? JsonValue.Create(false) : JsonValue.Create(value))];
        var before = app.Get<ChannelStore>().Get(Interactions.Channel);

        await app.RunAsync(Interactions.Command(71, command, sub, WithoutManage, options));

        var reply = app.Fake.Interactions.Response(Interactions.Token(71))!["data"]!;
        Assert.StartsWith("You need the Manage Channels permission", reply["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(64, reply["flags"]!.GetValue<int>());
        Assert.Empty(app.Get<WatchStore>().ForChannel(Interactions.Channel));
        Assert.Equal(before, app.Get<ChannelStore>().Get(Interactions.Channel));
        Assert.Empty(app.Fake.Channels.Messages(Interactions.Channel));
    }

    [Fact]
    public async Task A_forged_button_that_removes_a_watch_is_refused_and_the_watch_stays()
    {
        await using var app = await DiscordAppHarness.StartAsync(DiscordMode.Gateway);
        var watch = app.Get<WatchStore>().Add(Interactions.Guild, Interactions.Channel, "transformer", null, Interactions.User);

        await app.RunAsync(Interactions.Button(72, $"watch remove?watch={watch.Id}", WithoutManage));

        Assert.StartsWith("You need the Manage Channels permission", app.Fake.Interactions.Response(Interactions.Token(72))!["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(app.Get<WatchStore>().ForChannel(Interactions.Channel));
    }

    [Fact]
    public async Task The_same_command_with_manage_channels_does_run()
    {
        await using var app = await DiscordAppHarness.StartAsync(DiscordMode.Gateway);

        await app.RunAsync(Interactions.Command(73, "watch", "add", "16", ("query", "transformer")));

        Assert.Single(app.Get<WatchStore>().ForChannel(Interactions.Channel));
    }

    [Theory]
    [InlineData(null, 400)]
    [InlineData("""{"parse":["everyone"]}""", 400)]
    [InlineData("""{"parse":[],"users":["1"]}""", 400)]
    [InlineData("""{"parse":[]}""", 200)]
    public async Task The_fake_discord_refuses_any_message_that_could_ping(string? allowedMentions, int status)
    {
        await using var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Token = "t" });
        using var http = new HttpClient();
        var body = new JsonObject { ["content"] = "@everyone new papers" };
        if (allowedMentions is not null)
        {
            body["allowed_mentions"] = JsonNode.Parse(allowedMentions);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fake.ApiBaseUrl.ToString().TrimEnd('/') + "/channels/5/messages"))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", "t");
        request.Headers.TryAddWithoutValidation("User-Agent", "DiscordBot (https://example.org, 1.0)");
        using var response = await http.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        if (status == 400)
        {
            Assert.Contains("DIGESTBOT_MENTIONS_NOT_SUPPRESSED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_clock_skew_longer_than_the_replay_memory_is_refused_at_start()
    {
        var options = new DiscordOptions
        {
            Mode = DiscordMode.Http,
            Token = "t",
            ApplicationId = "1",
            PublicKey = new string('a', 64),
            Http = new DiscordHttpOptions { MaxClockSkew = InteractionDeduplicator.Window + TimeSpan.FromSeconds(1) },
        };

        var failure = new DiscordOptionsValidator().Validate(null, options).FailureMessage;

        Assert.Equal("DigestBot:Discord:Http:MaxClockSkew must be 00:00:01-00:15:00", failure);
    }
}
