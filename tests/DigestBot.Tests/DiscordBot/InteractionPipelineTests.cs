using System.Text.Json.Nodes;
using DigestBot.Commands;
using DigestBot.DiscordBot;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.DiscordBot;

/// <summary>The one interaction pipeline, interactions arriving from the fake gateway and answered over REST by Discord.Net.</summary>
public class InteractionPipelineTests
{
    private const int Ephemeral = 64;

    private static int Type(JsonObject? response) => response!["type"]!.GetValue<int>();

    private static int Flags(JsonObject? message) => message?["flags"]?.GetValue<int>() ?? 0;

    [Fact]
    public async Task A_slow_command_is_deferred_before_it_runs_and_completed_by_editing_the_original_response()
    {
        await using var h = await PipelineHarness.StartAsync();

        await h.SendAsync(Interactions.Command(11, "slow"));
        await DiscordAppHarness.EventuallyAsync(() => h.Response(11) is not null, "the deferral");
        var whileRunning = h.Fake.Interactions.Original(Interactions.Token(11))!["content"]!.GetValue<string>();
        var handlerStarted = h.Probe.Count("slow");
        h.Probe.Gate.SetResult();
        await h.DrainAsync();

        Assert.Equal(5, Type(h.Response(11)));
        Assert.Equal(string.Empty, whileRunning);
        Assert.InRange(handlerStarted, 0, 1);
        Assert.Equal("slow done", h.Fake.Interactions.Original(Interactions.Token(11))!["content"]!.GetValue<string>());
        Assert.Empty(h.Fake.Interactions.Followups(Interactions.Token(11)));
        Assert.Equal(1, h.Callbacks(11));
    }

    [Fact]
    public async Task A_slow_command_whose_answer_is_for_the_invoker_only_replaces_the_thinking_message_with_an_ephemeral_follow_up()
    {
        await using var h = await PipelineHarness.StartAsync();
        h.Probe.Gate.SetResult();

        await h.RunAsync(Interactions.Command(12, "slow", options: ("private", true)));

        Assert.Equal(5, Type(h.Response(12)));
        Assert.True(h.Fake.Interactions.OriginalDeleted(Interactions.Token(12)));
        var followup = Assert.Single(h.Fake.Interactions.Followups(Interactions.Token(12)));
        Assert.Equal("slow and private", followup["content"]!.GetValue<string>());
        Assert.Equal(Ephemeral, Flags(followup));
    }

    [Fact]
    public async Task A_failing_handler_yields_an_ephemeral_error_and_one_log_line_with_the_interaction_id()
    {
        await using var h = await PipelineHarness.StartAsync();

        await h.RunAsync(Interactions.Command(13, "broken"));

        var response = h.Response(13)!;
        Assert.Equal(4, Type(response));
        Assert.Equal(Ephemeral, Flags(response["data"]!.AsObject()));
        Assert.Contains("broken failed", response["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal($"Command broken from discord (request {Interactions.Snowflake(13)}) failed (the probe broke)", Assert.Single(h.Logs.Errors));
        Assert.DoesNotContain(Interactions.Token(13), h.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordAppHarness.Token, h.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_discord_refuses_the_answer_the_failure_is_one_log_line_with_the_interaction_id()
    {
        await using var h = await PipelineHarness.StartAsync();
        h.Fake.Inject(DigestBot.FakeDiscord.FakeFault.Error(404, 10062, "Unknown interaction"), count: 5);

        await h.SendAsync(Interactions.Command(14, "cardsearch", options: ("cardname", "x")));
        await DiscordAppHarness.EventuallyAsync(() => h.Logs.Errors.Count > 0, "the error line");
        await h.DrainAsync();

        var error = Assert.Single(h.Logs.Errors);
        Assert.Contains($"Interaction {Interactions.Snowflake(14)} ", error, StringComparison.Ordinal);
        Assert.Contains("10062", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_interaction_id_runs_once()
    {
        await using var h = await PipelineHarness.StartAsync();
        var interaction = Interactions.Command(15, "cardsearch", options: ("cardname", "Gitrog"));

        // Discord may deliver an event more than once: four copies, then one more after the first was answered.
        for (var i = 0; i < 4; i++)
        {
            await h.SendAsync(interaction);
        }

        await h.RunAsync(Interactions.Command(115, "help"));
        await h.RunAsync(interaction);

        Assert.Equal(4, h.Logs.All.Split('\n').Count(l => l.Contains($"Interaction {Interactions.Snowflake(15)} arrived again", StringComparison.Ordinal)));
        Assert.Equal(1, h.Probe.Count("cardsearch"));
        Assert.Equal(1, h.Callbacks(15));
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("2048", false)]
    [InlineData("16", true)]
    [InlineData("8", true)]
    [InlineData("2147483647", true)]
    public async Task Management_commands_run_only_with_manage_channels_or_administrator_in_member_permissions(string permissions, bool runs)
    {
        await using var h = await PipelineHarness.StartAsync();

        await h.RunAsync(Interactions.Command(16, "probe", "add", permissions, ("query", "norms"), ("count", 2)));

        var data = h.Response(16)!["data"]!.AsObject();
        Assert.Equal(runs ? 1 : 0, h.Probe.Count("probe add"));
        Assert.Equal(runs ? "added norms x2" : "You need the Manage Channels permission in this channel to use /probe add.", data["content"]!.GetValue<string>());
        Assert.Equal(runs ? 0 : Ephemeral, Flags(data));
    }

    [Fact]
    public async Task A_button_runs_the_command_named_by_its_custom_id_with_typed_options_and_the_same_permission_check()
    {
        await using var h = await PipelineHarness.StartAsync();
        var customId = ComponentAction.Format("probe add", new Dictionary<string, string> { ["query"] = "layer norm", ["count"] = "3" })!;

        await h.RunAsync(Interactions.Button(17, customId));
        await h.RunAsync(Interactions.Button(18, customId, permissions: "0"));

        var call = Assert.Single(h.Probe.Calls);
        Assert.Equal(3L, call.Options["count"]);
        Assert.Equal("added layer norm x3", h.Response(17)!["data"]!["content"]!.GetValue<string>());
        Assert.Equal(Ephemeral, Flags(h.Response(18)!["data"]!.AsObject()));
    }

    [Theory]
    [InlineData("nope", "no command /nope")]
    [InlineData("reindex", "no command /reindex")]
    public async Task Unknown_and_local_only_commands_get_a_polite_ephemeral_answer(string name, string text)
    {
        await using var h = await PipelineHarness.StartAsync();

        await h.RunAsync(Interactions.Command(19, name));

        var data = h.Response(19)!["data"]!.AsObject();
        Assert.Contains(text, data["content"]!.GetValue<string>().Replace("\\", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(Ephemeral, Flags(data));
        Assert.Empty(h.Logs.Errors);
    }

    [Fact]
    public async Task Unsupported_interaction_types_and_direct_messages_get_a_polite_ephemeral_answer()
    {
        await using var h = await PipelineHarness.StartAsync();
        var modal = Interactions.Base(20, 5, new JsonObject { ["custom_id"] = "m", ["components"] = new JsonArray() });
        var direct = Interactions.Command(21, "cardsearch", options: ("cardname", "x"));
        direct.Remove("guild_id");
        direct.Remove("member");
        direct["user"] = new JsonObject { ["id"] = "5", ["username"] = "someone" };

        await h.RunAsync(modal);
        await h.RunAsync(direct);

        Assert.All(new[] { h.Response(20), h.Response(21) }, r => Assert.Equal(Ephemeral, Flags(r!["data"]!.AsObject())));
        Assert.Equal(0, h.Probe.Count("cardsearch"));
    }

    [Fact]
    public async Task The_recorded_chat_input_interaction_parses_and_routes_to_its_command_with_the_channel_it_came_from()
    {
        await using var h = await PipelineHarness.StartAsync();
        var json = JsonNode.Parse(DiscordFixtures.Text("interaction-chat-input-with-options.json"))!.AsObject();

        // The documented example leaves out entitlements, which Discord's field list does not mark optional (Discord.Net reads it).
        json["entitlements"] = new JsonArray();
        var route = h.Router.Route(await Interactions.ParseAsync(json));
        await h.RunAsync(json);

        Assert.True(route.Command is not null, route.Message);
        Assert.Equal((RouteKind.Command, "cardsearch"), (route.Kind, route.Command!.Name));
        Assert.Equal("The Gitrog Monster", route.Options["cardname"]);
        var call = Assert.Single(h.Probe.Calls);
        Assert.Equal((Interactions.Guild, Interactions.Channel, Interactions.User, "discord"), (call.Origin.GuildId, call.Origin.ChannelId, call.Origin.UserId, call.Origin.Transport));
        Assert.Equal("found The Gitrog Monster", h.Fake.Interactions.Original("A_UNIQUE_TOKEN")!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_recorded_autocomplete_interaction_gets_suggestions_for_the_focused_option()
    {
        await using var h = await PipelineHarness.StartAsync();
        var json = JsonNode.Parse(DiscordFixtures.Text("interaction-autocomplete-partial.json"))!.AsObject();

        // The documented example is only the data; a real interaction has an id, a token, a guild and the invoker around it.
        var real = Interactions.Base(22, 4, json["data"]!.DeepClone().AsObject());
        var route = h.Router.Route(await Interactions.ParseAsync(real));
        await h.RunAsync(real);

        Assert.Equal((RouteKind.Autocomplete, "airhorn", "variant"), (route.Kind, route.Command!.Name, route.Focused));
        var response = h.Response(22)!;
        Assert.Equal(8, Type(response));
        Assert.Equal(["data a user is typ (loud)", "data a user is typ (soft)"], response["data"]!["choices"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
    }
}
