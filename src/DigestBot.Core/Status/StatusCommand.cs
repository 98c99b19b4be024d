using System.Globalization;
using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Semantic;
using DigestBot.Sources;
using DigestBot.Storage;

namespace DigestBot.Status;

/// <summary>
/// <c>status</c>: what is stored, how the bot is connected, and per channel why nothing arrived lately (see
/// <see cref="QuietChannel"/>). In Discord a channel sees its own row; locally every channel, or <c>--channel ID</c>.
/// </summary>
public sealed class StatusCommand(
    PaperStore papers,
    SourceStatusReader sources,
    ChannelStatusReader channels,
    ChannelStore channelStore,
    MissedMatchReader missed,
    SemanticStatusReader semantic,
    DataDirectory directory,
    ConnectionMode mode,
    TimeProvider time) : ICommandHandler
{
    /// <summary>How far back "new papers" reach for a channel that has had no digest yet.</summary>
    private static readonly TimeSpan NoDigestLookback = TimeSpan.FromDays(7);

    /// <summary>From how many stored papers a status that must count the papers still to embed says so first (a few seconds).</summary>
    internal int ScanNoticeFrom { get; set; } = 100_000;

    public static CommandDefinition Definition { get; } = new(
        "status",
        "Papers stored, sources and channels, connection mode, and why nothing arrived",
        [ChannelOption.Definition with { Description = "Only this channel (0 is the console channel)" }])
    {
        SupportsJson = true,
        Example = "--json",
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var sourceStatus = sources.Read();
        // In Discord a channel sees its own row only; locally every channel is ours to see.
        var only = request.Origin.IsLocal ? (ulong?)request.GetInteger("channel") : request.Origin.ChannelId;
        var latest = papers.Latest(1);
        DateTimeOffset? lastNew = latest.Count > 0 ? latest[0].FirstSeen : null;
        var discord = request.Origin.IsDiscord;
        var channelStatus = channels.Read(only).Select(c => c with { Why = Why(c, sourceStatus, lastNew, discord) }).ToList();
        var stored = papers.Count();
        if (semantic.WillScan && stored >= ScanNoticeFrom)
        {
            request.Progress.Report(string.Create(CultureInfo.InvariantCulture, $"status: reading the {stored:N0} stored papers to count those still to embed (a running bot keeps this count)"));
        }

        var report = new StatusReport(stored, sourceStatus, channelStatus) { Semantic = semantic.Read(cancellationToken) };
        List<CardField> fields =
        [
            new CardField("Papers", report.Papers.ToString("N0", CultureInfo.InvariantCulture), Inline: true),
            new CardField("Mode", mode.Name, Inline: true),
            new CardField("Sources", ReplyMarkup.Escape(SourceSummary(sourceStatus))),
            new CardField("Semantic", report.Semantic.Line),
            .. channelStatus.Select(c => new CardField(ChannelName(c.Channel), ReplyMarkup.Escape($"{ChannelSummary(c)}\n{QuietChannel.Sentence(c.Why)}"))),
        ];

        // Locally the console channel always gets its answer, even before it has a watch or a schedule.
        if (only is null && !channelStatus.Any(c => c.Channel == "0"))
        {
            var console = channels.Read(CommandOrigin.LocalChannel)[0];
            fields.Add(new CardField(ChannelName("0"), ReplyMarkup.Escape(QuietChannel.Sentence(Why(console, sourceStatus, lastNew, discord)))));
        }

        // The server's file system is nobody's business in Discord.
        if (request.Origin.IsLocal)
        {
            fields.Add(new CardField("Data", ReplyMarkup.Escape(directory.Path)));
        }

        var card = new Card("DigestBot status") { Fields = fields };
        return ValueTask.FromResult(new Reply { Cards = [card], Data = report });
    }

    private IReadOnlyList<string> Why(ChannelStatus c, IReadOnlyList<SourceStatus> sourceStatus, DateTimeOffset? lastNew, bool discord)
    {
        var channel = channelStore.Get(ulong.Parse(c.Channel, System.Globalization.CultureInfo.InvariantCulture));
        var now = time.GetUtcNow();
        var facts = new ChannelFacts(channel, c.Watches, c.Pending, c.NextDigest, sourceStatus, lastNew, now) { InDiscord = discord };

        // Matching recent papers costs a read of the store, so it is done only where "nothing matched" would be said.
        if (QuietChannel.WouldSayNothingMatched(facts))
        {
            facts = facts with { Missed = missed.Read(channel.Id, channel.LastDigestAt ?? now - NoDigestLookback) };
        }

        return QuietChannel.Explain(facts);
    }

    private static string SourceSummary(IReadOnlyList<SourceStatus> sources) =>
        sources.Count == 0 ? "none configured"
        : string.Join(", ", sources.Select(s => s switch
        {
            { Polled: false } => $"{s.Name} (not polled)",
            { LastError: not null } => $"{s.Name} (failing: {s.LastError})",
            { LastSuccess: null } => $"{s.Name} (not polled yet)",
            _ => $"{s.Name} (ok)",
        }));

    /// <summary>A channel's row name; the console's (channel 0, only ever seen locally) says it is the console.</summary>
    private static string ChannelName(string channel) => channel == "0" ? "Channel 0 (console)" : $"Channel {channel}";

    private const string Minute = "yyyy-MM-dd HH:mm";

    private static string ChannelSummary(ChannelStatus c)
    {
        // An instant schedule's time zone decides nothing, and it has no next fire time to show.
        var when = DigestSchedule.TryParse(c.Schedule, out var schedule, out _) && schedule.IsInstant ? "instant" : DigestSchedule.Described(c.Schedule, c.TimeZone);
        // Times in the channel's zone, the one its schedule names just before them.
        var state = c.Paused ? $" · paused{(c.PausedReason is { } why ? $": {why}" : string.Empty)}"
            : c.NextDigest is { } next ? $" · next {ChannelTime.Format(next, c.TimeZone, Minute)}" : string.Empty;
        var last = c.LastDigest is { } at ? $"last {ChannelTime.Format(at, c.TimeZone, Minute)}" : "no digest yet";
        var error = c.LastError is { } e ? $" · last error: {e}" : string.Empty;
        var watches = c.Watches == 1 ? "1 watch" : $"{c.Watches} watches";
        return $"{watches} · {when}{state} · {c.Pending} pending · {last}{error}";
    }
}
