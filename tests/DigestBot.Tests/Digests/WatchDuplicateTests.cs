using DigestBot.Commands;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.Digests;

/// <summary>A channel keeps one watch per query and per name (digests and the dashboard's charts tell watches by name).</summary>
public sealed class WatchDuplicateTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private readonly DigestsHarness _bot = new(Now);

    public void Dispose() => _bot.Dispose();

    private WatchStore Watches => _bot.Get<WatchStore>();

    [Fact]
    public void Adding_a_query_the_channel_already_watches_is_refused_and_keeps_the_first()
    {
        var first = Watches.Add(0, 7, "agent OR agents", "agents", 1);

        var again = Assert.Throws<CommandInputException>(() => Watches.Add(0, 7, "  agent OR agents ", "agents", 1));
        var renamed = Assert.Throws<CommandInputException>(() => Watches.Add(0, 7, "agent OR agents", "other name", 1));

        Assert.Equal($"watch: watch {first.Id} (\"agents\") already has this query in this channel", again.Message);
        Assert.Equal(again.Message, renamed.Message);
        Assert.Equal(WatchProblem.QueryOption, again.Option);
        Assert.Equal(WatchProblem.QueryOption, renamed.Option);
        Assert.Equal([first.Id], Watches.ForChannel(7).Select(w => w.Id));
    }

    [Fact]
    public void A_name_the_channel_already_uses_is_refused_whatever_its_case()
    {
        var first = Watches.Add(0, 7, "cache", "Caching", 1);

        var clash = Assert.Throws<CommandInputException>(() => Watches.Add(0, 7, "kv cache", "caching", 1));

        Assert.Equal($"watch: watch {first.Id} in this channel is already named \"Caching\"; give this one another name", clash.Message);
        Assert.Equal(WatchProblem.NameOption, clash.Option);
        Assert.Single(Watches.ForChannel(7));
    }

    [Fact]
    public void A_paused_duplicate_says_to_resume_it_and_other_channels_and_removed_watches_do_not_count()
    {
        var paused = Watches.Add(0, 7, "cache", null, 1);
        Assert.True(Watches.SetMuted(7, paused.Id, muted: true));
        var removed = Watches.Add(0, 7, "diffusion", null, 1);
        Assert.True(Watches.Remove(7, removed.Id));

        var again = Assert.Throws<CommandInputException>(() => Watches.Add(0, 7, "cache", null, 1));
        var elsewhere = Watches.Add(0, 8, "cache", null, 1);
        var readded = Watches.Add(0, 7, "diffusion", null, 1);

        Assert.EndsWith("already has this query in this channel; it is paused: resume it instead", again.Message, StringComparison.Ordinal);
        Assert.Equal(8UL, elsewhere.ChannelId);
        Assert.Equal("diffusion", readded.Query);
    }
}
