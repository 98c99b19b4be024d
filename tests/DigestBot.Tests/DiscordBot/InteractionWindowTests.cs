using DigestBot.DiscordBot;
using DigestBot.FakeDiscord;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.DiscordBot;

/// <summary>
/// Discord's 3 s for the first response to an interaction, on the app's clock (moved by the tests): "thinking…" goes
/// out by itself at 2 s, a failed first response is tried again only inside the window, and one the window closed on
/// unconfirmed is put in place by editing the original response, so it never shows twice.
/// </summary>
public class InteractionWindowTests
{
    private static bool IsCallback(FakeRequest r) => r.Route == "POST /interactions/{interaction_id}/{interaction_token}/callback";

    [Fact]
    public async Task A_command_still_running_after_two_seconds_says_thinking_by_itself_and_its_answer_edits_it()
    {
        await using var h = await PipelineHarness.StartAsync();

        await h.SendAsync(Interactions.Command(21, "stall"));
        await DiscordAppHarness.EventuallyAsync(() => h.Probe.Count("stall") == 1, "the command to start");
        var before = h.Response(21);
        h.Clock.Advance(InteractionResponder.DeferAfter);
        await DiscordAppHarness.EventuallyAsync(() => h.Response(21) is not null, "thinking…");
        h.Probe.Gate.SetResult();
        await h.DrainAsync();

        Assert.Null(before);
        Assert.Equal(5, h.Response(21)!["type"]!.GetValue<int>());
        Assert.Equal("stalled, then done", h.Fake.Interactions.Original(Interactions.Token(21))!["content"]!.GetValue<string>());
        Assert.Equal(1, h.Callbacks(21));
        Assert.Empty(h.Fake.Interactions.Followups(Interactions.Token(21)));
    }

    [Fact]
    public async Task A_first_answer_met_by_a_502_is_sent_again_inside_the_window_and_shows_once()
    {
        await using var h = await PipelineHarness.StartAsync();
        h.Fake.Inject(FakeFault.ServerError(502) with { Matches = IsCallback });

        await h.RunAsync(Interactions.Command(22, "airhorn"));

        Assert.Equal([502, 204], h.Fake.Requests.Where(IsCallback).Select(r => r.Status));
        Assert.Equal("honk", h.Response(22)!["data"]!["content"]!.GetValue<string>());
        Assert.Empty(h.Fake.Interactions.Followups(Interactions.Token(22)));
    }

    [Fact]
    public async Task A_first_answer_discord_took_but_never_confirmed_is_put_in_place_after_the_window_and_shows_once()
    {
        await using var h = await PipelineHarness.StartAsync();
        h.Fake.Inject(FakeFault.Timeout(afterProcessing: true) with { Matches = IsCallback });

        await h.SendAsync(Interactions.Command(23, "airhorn"));
        await DiscordAppHarness.EventuallyAsync(() => h.Response(23) is not null, "the callback to reach the fake");
        h.Clock.Advance(InteractionResponder.Window);
        await h.DrainAsync();

        Assert.Equal(1, h.Callbacks(23));
        Assert.Single(h.Fake.Requests, r => r.Route == "PATCH /webhooks/{application_id}/{interaction_token}/messages/@original");
        Assert.Equal("honk", h.Fake.Interactions.Original(Interactions.Token(23))!["content"]!.GetValue<string>());
        Assert.Empty(h.Fake.Interactions.Followups(Interactions.Token(23)));
        Assert.Empty(h.Logs.Errors);
    }

    [Fact]
    public async Task A_first_answer_that_never_reached_discord_is_not_tried_again_after_the_window_and_fails_with_one_line()
    {
        await using var h = await PipelineHarness.StartAsync();
        h.Fake.Inject(FakeFault.Timeout() with { Matches = IsCallback });

        await h.SendAsync(Interactions.Command(24, "airhorn"));
        await DiscordAppHarness.EventuallyAsync(() => h.Callbacks(24) == 1, "the callback to reach the fake");
        h.Clock.Advance(InteractionResponder.Window);
        await h.DrainAsync();

        Assert.Equal(1, h.Callbacks(24));
        Assert.Null(h.Response(24));
        Assert.Contains($"Interaction {Interactions.Snowflake(24)} ", Assert.Single(h.Logs.Errors), StringComparison.Ordinal);
    }
}
