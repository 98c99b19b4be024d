using System.Text.Json.Nodes;
using DigestBot.Discord.Models;
using DigestBot.DiscordBot;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Guard;

/// <summary>Cooldowns as a Discord user meets them: the app wired as Program wires it, answering the fake Discord.</summary>
public sealed class CooldownDiscordTests
{
    [Fact]
    public async Task A_second_search_within_the_cooldown_gets_one_ephemeral_line_and_runs_again_once_it_passed()
    {
        await using var app = await DiscordAppHarness.StartAsync(DiscordMode.Gateway);
        var pipeline = app.Get<InteractionPipeline>();

        await RunAsync(app, pipeline, Interactions.Command(61, "search", options: ("query", "transformer")));
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await RunAsync(app, pipeline, Interactions.Command(62, "search", options: ("query", "transformer")));
        app.Clock.Advance(TimeSpan.FromSeconds(4));
        await RunAsync(app, pipeline, Interactions.Command(63, "search", options: ("query", "transformer")));

        var refused = app.Fake.Interactions.Response(Interactions.Token(62))!["data"]!;
        // The renderer escapes Markdown (":" could start an emoji); Discord shows "slow down: try /search again in 4 s".
        Assert.Equal("slow down\\: try /search again in 4 s", refused["content"]!.GetValue<string>());
        Assert.Equal((int)MessageFlags.Ephemeral, refused["flags"]!.GetValue<int>());
        Assert.DoesNotContain("slow down", Content(app, 61), StringComparison.Ordinal);
        Assert.DoesNotContain("slow down", Content(app, 63), StringComparison.Ordinal);
    }

    private static async Task RunAsync(DiscordAppHarness app, InteractionPipeline pipeline, JsonObject interaction)
    {
        // Each interaction is made when it is sent, by the clock the test moves.
        await pipeline.Start(Interactions.Parse(Interactions.At(interaction, app.Clock.GetUtcNow())));
        await pipeline.DrainAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
    }

    private static string Content(DiscordAppHarness app, ulong id) =>
        app.Fake.Interactions.Response(Interactions.Token(id))?["data"]?.ToJsonString() ?? string.Empty;
}
