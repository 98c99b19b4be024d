using System.Text.Json;
using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.DiscordBot;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Status;
using DigestBot.Tests.Support;
using DigestBot.Watches;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Tests.Status;

/// <summary><c>status</c> answering "why did nothing arrive?" for the invoking channel, from the stored state.</summary>
public sealed class StatusWhyTests : IDisposable
{
    private static readonly DateTimeOffset Saturday = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly CommandOrigin Discord = new(7, 500, 9, "discord");
    private readonly DigestsHarness _app = new(
        Saturday,
        ("DigestBot:Sources:List:arxiv-cs.LG:Type", "ArxivListing"),
        ("DigestBot:Sources:List:arxiv-cs.LG:Categories:0", "cs.LG"));

    public StatusWhyTests()
    {
        var friday = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);
        _app.Get<PaperStore>().UpsertBatch([TestPapers.Arxiv("2611.00001", seen: friday)]);
        _app.Get<WatchStore>().Add(7, 500, "normalization", null, 1);
        var channels = _app.Get<ChannelStore>();
        channels.Save(channels.Get(500) with { GuildId = 7, LastDigestAt = friday.AddHours(8) });
    }

    public void Dispose() => _app.Dispose();

    private Task<Reply> StatusAsync(CommandOrigin origin, params (string, object)[] options) =>
        _app.Get<CommandDispatcher>().DispatchAsync("status", options.ToDictionary(o => o.Item1, o => o.Item2), origin, CancellationToken.None);

    [Fact]
    public async Task In_Discord_the_channel_learns_arXiv_was_quiet_for_the_weekend()
    {
        var reply = await StatusAsync(Discord);

        var message = Assert.Single(DiscordPayloads.RenderValid(reply));
        var field = Assert.Single(message.Embeds!).Fields!.Single(f => f.Name == "Channel 500");
        Assert.EndsWith(
            DiscordMarkdown.Escape("Nothing arrived because: arXiv announces no papers on weekends and holidays (last new papers Friday 00:00 UTC) · next digest at Sunday 08:00 UTC"),
            field.Value,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_on_Berlin_time_reads_its_schedule_and_digest_times_in_Berlin_time()
    {
        var set = await _app.Get<CommandDispatcher>().DispatchAsync(
            "schedule set",
            new Dictionary<string, object> { ["when"] = "0 8 * * *", ["tz"] = "Europe/Berlin", ["channel"] = 500L },
            CommandOrigin.Cli,
            CancellationToken.None);
        var added = await _app.Get<CommandDispatcher>().DispatchAsync(
            "watch add", new Dictionary<string, object> { ["query"] = "pruning", ["channel"] = 500L }, CommandOrigin.Cli, CancellationToken.None);
        var reply = await StatusAsync(Discord);
        var show = await _app.Get<CommandDispatcher>().DispatchAsync(
            "schedule show", new Dictionary<string, object> { ["channel"] = 500L }, CommandOrigin.Cli, CancellationToken.None);

        Assert.StartsWith("Watch 2 \"pruning\" added. Digest schedule: 0 8 * * * (daily 08:00, Europe/Berlin).", DiscordPayloads.RenderConsole(added).Output, StringComparison.Ordinal);
        Assert.EndsWith(" pending. Last digest 2026-11-27 09:00 Europe/Berlin.", show.Text, StringComparison.Ordinal);
        Assert.StartsWith("Schedule: 0 8 * * * (daily 08:00, Europe/Berlin). Next: Sun 2026-11-29 08:00,", DiscordPayloads.RenderConsole(set).Output, StringComparison.Ordinal);
        var field = Assert.Single(Assert.Single(DiscordPayloads.RenderValid(reply)).Embeds!).Fields!.Single(f => f.Name == "Channel 500");
        Assert.StartsWith(
            DiscordMarkdown.Escape("2 watches · 0 8 * * * (daily 08:00, Europe/Berlin) · next 2026-11-29 08:00 Europe/Berlin · 0 pending · last 2026-11-27 09:00 Europe/Berlin\n"),
            field.Value,
            StringComparison.Ordinal);
        Assert.EndsWith(DiscordMarkdown.Escape("· next digest at Sunday 08:00 Europe/Berlin"), field.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_schedule_that_cannot_be_read_says_why_in_status_and_schedule_show()
    {
        // Quartz took this line before schedule set checked the fields' ranges; no trigger is made from it now.
        var channels = _app.Get<ChannelStore>();
        channels.Save(channels.Get(500) with { Schedule = "0 99 * * *" });

        var reply = await StatusAsync(Discord);
        var show = await _app.Get<CommandDispatcher>().DispatchAsync("schedule show", new Dictionary<string, object>(), Discord, CancellationToken.None);

        var field = Assert.Single(Assert.Single(DiscordPayloads.RenderValid(reply)).Embeds!).Fields!.Single(f => f.Name == "Channel 500");
        Assert.EndsWith(
            DiscordMarkdown.Escape("its schedule '0 99 * * *' cannot be read (its hour field 99 is not 0-23), so no digest is due — set a new one with /schedule set"),
            field.Value,
            StringComparison.Ordinal);
        Assert.DoesNotContain("instant", field.Value, StringComparison.Ordinal);
        Assert.Contains(
            DiscordMarkdown.Escape("Schedule '0 99 * * *' cannot be read (its hour field 99 is not 0-23); set a new one with /schedule set."),
            Assert.Single(DiscordPayloads.RenderValid(show)).Content,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_show_names_the_resume_command_as_it_is_typed_where_it_was_asked()
    {
        var channels = _app.Get<ChannelStore>();
        channels.Save(channels.Get(500) with { Paused = true });

        var discord = await _app.Get<CommandDispatcher>().DispatchAsync("schedule show", new Dictionary<string, object>(), Discord, CancellationToken.None);
        var cli = await _app.Get<CommandDispatcher>().DispatchAsync(
            "schedule show", new Dictionary<string, object> { ["channel"] = 500L }, CommandOrigin.Cli, CancellationToken.None);

        // Before, "schedule resume" in Discord too, where the command is /schedule resume.
        Assert.Contains(DiscordMarkdown.Escape("Paused. Resume with /schedule resume."), Assert.Single(DiscordPayloads.RenderValid(discord)).Content, StringComparison.Ordinal);
        Assert.Contains("Paused. Resume with schedule resume.", DiscordPayloads.RenderConsole(cli).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_source_replaces_the_weekend_answer_and_json_keeps_its_fields_and_adds_why()
    {
        _app.Get<SourceStateStore>().Save(new SourceState
        {
            Id = "arxiv-cs.LG", LastAttempt = Saturday.AddHours(-1), LastError = "HTTP 503", LastErrorAt = Saturday.AddHours(-1),
            FailingSince = new DateTimeOffset(2026, 11, 27, 6, 0, 0, TimeSpan.Zero),
        });

        var reply = await StatusAsync(CommandOrigin.Cli, ("channel", 500L));

        using var json = JsonDocument.Parse(JsonOutput.Serialize(reply.Data));
        var channel = Assert.Single(json.RootElement.GetProperty("channels").EnumerateArray());
        Assert.Equal(
            ["channel", "guild", "watches", "schedule", "timeZone", "nextDigest", "paused", "pausedReason", "pending", "lastDigest", "lastError", "why"],
            channel.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["source arxiv-cs.LG failing since 2026-11-27 06:00 UTC: HTTP 503", "next digest at Sunday 08:00 UTC"],
            channel.GetProperty("why").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2026-11-27T06:00:00Z", json.RootElement.GetProperty("sources")[0].GetProperty("failingSince").GetString());
        var (output, _) = DiscordPayloads.RenderConsole(reply);
        Assert.Contains("Nothing arrived because: source arxiv-cs.LG failing since 2026-11-27 06:00 UTC: HTTP 503 · next digest at Sunday 08:00 UTC", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Locally_the_console_channel_gets_its_answer_even_without_a_watch()
    {
        var reply = await StatusAsync(CommandOrigin.Prompt);

        var fields = Assert.Single(reply.Cards).Fields;
        Assert.StartsWith("Nothing arrived because: no watches in this channel — add one with watch add", fields.Single(f => f.Name == "Channel 0 (console)").Value, StringComparison.Ordinal);
        Assert.Contains(fields, f => f.Name == "Channel 500");
    }

    [Fact]
    public async Task A_bot_paused_for_a_missing_permission_says_so()
    {
        var channels = _app.Get<ChannelStore>();
        channels.Save(channels.Get(500) with
        {
            Paused = true, LastRun = Saturday.AddHours(-4), PausedReason = "Discord refuses posts to channel 500: Missing Permissions (50013)",
        });

        var reply = await StatusAsync(Discord);

        var status = Assert.IsType<StatusReport>(reply.Data);
        Assert.Equal("missing permission to post (Send Messages) — paused since 2026-11-28 08:00 UTC", Assert.Single(status.Channels).Why[0]);
        DiscordPayloads.RenderValid(reply);
    }
}
