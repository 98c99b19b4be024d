using System.Text.Json;
using DigestBot.Commands;
using DigestBot.Status;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Status;

/// <summary>
/// <c>status</c> telling "matched but never announced" apart from "nothing matched", through the command dispatcher
/// on a real LiteDB: the recorded arXiv listing of Monday 2026-04-27 is imported, then <c>status</c> asked.
/// Watch <c>ti:agent</c> matches two of its three papers.
/// </summary>
public sealed class StatusFreshnessTests : IDisposable
{
    private const string Listing = "arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml";
    private static readonly DateTimeOffset TwoWeeksLater = new(2026, 5, 11, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NextDay = new(2026, 4, 28, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _files = new();
    private readonly List<DigestsHarness> _apps = [];

    public void Dispose()
    {
        _apps.ForEach(a => a.Dispose());
        _files.Dispose();
    }

    [Fact]
    public async Task Papers_too_old_to_announce_are_named_and_a_channel_they_do_not_match_still_hears_nothing_matched()
    {
        var app = App(TwoWeeksLater);
        await DispatchAsync(app, "watch add", ("query", "ti:agent"));
        await DispatchAsync(app, "watch add", ("query", "ti:quantum"), ("channel", 500L));
        await ImportAsync(app, notify: true);

        var status = await DispatchAsync(app, "status");

        Assert.Equal(
            ["2 papers match your watches but were too old to announce (published over 7 days ago; Sources:Freshness)", "next digest at Tuesday 08:00 UTC"],
            Why(status, "0"));
        Assert.Equal(["no new papers matched your watches since the last digest", "next digest at Tuesday 08:00 UTC"], Why(status, "500"));
        Assert.Contains(
            "Nothing arrived because: 2 papers match your watches but were too old to announce (published over 7 days ago; Sources:Freshness) · next digest at Tuesday 08:00 UTC",
            DiscordPayloads.RenderConsole(status).Output,
            StringComparison.Ordinal);
        Assert.Contains("Channel 0 (console): 1 watch · daily 08:00", DiscordPayloads.RenderConsole(status).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_instant_channel_says_instant_once_without_a_time_zone_and_a_paused_one_says_both()
    {
        var app = App(NextDay);
        await DispatchAsync(app, "watch add", ("query", "ti:agent"));
        await DispatchAsync(app, "schedule set", ("when", "instant"));

        var output = DiscordPayloads.RenderConsole(await DispatchAsync(app, "status")).Output;
        Assert.Contains("Channel 0 (console): 1 watch · instant · 0 pending · no digest yet", output, StringComparison.Ordinal);
        Assert.DoesNotContain("instant (", output, StringComparison.Ordinal);

        await DispatchAsync(app, "schedule pause");
        output = DiscordPayloads.RenderConsole(await DispatchAsync(app, "status")).Output;
        Assert.Contains("Channel 0 (console): 1 watch · instant · paused", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fresh_papers_stored_by_an_import_without_notify_are_said_to_be_stored_without_announcing()
    {
        var app = App(NextDay);
        await DispatchAsync(app, "watch add", ("query", "ti:agent"));
        await ImportAsync(app, notify: false);

        var status = await DispatchAsync(app, "status");

        Assert.Equal(
            "2 papers match your watches but were stored without announcing (an import without --notify, a source's first poll, a replacement or an undated paper)",
            Why(status, "0")[0]);
    }

    [Fact]
    public async Task Papers_announced_before_the_watch_was_added_are_said_to_have_arrived_before_it()
    {
        var app = App(NextDay);
        await ImportAsync(app, notify: true);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await DispatchAsync(app, "watch add", ("query", "ti:MolClaw"));

        var status = await DispatchAsync(app, "status");

        Assert.Equal(
            "1 paper matches your watches but arrived before the watches matching it were added (a watch matches the papers that arrive after it)",
            Why(status, "0")[0]);
    }

    [Fact]
    public async Task The_freshness_days_in_the_answer_come_from_the_configuration()
    {
        var app = App(TwoWeeksLater, ("DigestBot:Sources:FreshnessDays", "1"));
        await DispatchAsync(app, "watch add", ("query", "ti:MolClaw"));
        await ImportAsync(app, notify: true);

        var status = await DispatchAsync(app, "status", ("channel", 0L));

        Assert.Equal(
            "1 paper matches your watches but was too old to announce (published over 1 day ago; Sources:Freshness)",
            Assert.Single(Assert.IsType<StatusReport>(status.Data).Channels).Why[0]);
    }

    private DigestsHarness App(DateTimeOffset now, params (string, string)[] settings)
    {
        var app = new DigestsHarness(now, settings);
        _apps.Add(app);
        return app;
    }

    private async Task ImportAsync(DigestsHarness app, bool notify)
    {
        var path = _files.Combine(Listing);
        await File.WriteAllBytesAsync(path, Fixtures.Recorded(Listing));
        var reply = await DispatchAsync(app, "import", ("inputs", new[] { path }), ("notify", notify));
        Assert.StartsWith("imported 3 new", reply.Text, StringComparison.Ordinal);
    }

    private static Task<Reply> DispatchAsync(DigestsHarness app, string command, params (string Name, object Value)[] options) =>
        app.Get<CommandDispatcher>().DispatchAsync(command, options.ToDictionary(o => o.Name, o => o.Value), CommandOrigin.Cli, CancellationToken.None);

    /// <summary>The channel's <c>why</c> as <c>status --json</c> prints it.</summary>
    private static IReadOnlyList<string> Why(Reply status, string channel)
    {
        using var json = JsonDocument.Parse(JsonOutput.Serialize(status.Data));
        var row = json.RootElement.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == channel);
        return [.. row.GetProperty("why").EnumerateArray().Select(e => e.GetString() ?? "(null)")];
    }
}
