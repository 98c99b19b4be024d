using System.Text.Json.Nodes;
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

        await app.RunAsync(Interactions.Command(61, "search", options: ("query", "transformer")));
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await app.RunAsync(Interactions.Command(62, "search", options: ("query", "transformer")));
        app.Clock.Advance(TimeSpan.FromSeconds(4));
        await app.RunAsync(Interactions.Command(63, "search", options: ("query", "transformer")));

        var refused = app.Fake.Interactions.Response(Interactions.Token(62))!["data"]!;
        // The renderer escapes Markdown (":" could start an emoji); Discord shows "slow down: try /search again in 4 s".
        Assert.Equal("slow down\\: try /search again in 4 s", refused["content"]!.GetValue<string>());
        Assert.Equal(64, refused["flags"]!.GetValue<int>());
        Assert.DoesNotContain("slow down", Content(app, 61), StringComparison.Ordinal);
        Assert.DoesNotContain("slow down", Content(app, 63), StringComparison.Ordinal);
    }

    private static string Content(DiscordAppHarness app, ulong id) =>
        app.Fake.Interactions.Response(Interactions.Token(id))?["data"]?.ToJsonString() ?? string.Empty;
}
