using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.DiscordBot;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Storage;
using Microsoft.Extensions.Options;

namespace DigestBot.Status;

/// <summary><c>status</c>: what is stored and how the bot is connected.</summary>
public sealed class StatusCommand(
    PaperStore papers,
    SourceStatusReader sources,
    ChannelStatusReader channels,
    DataDirectory directory,
    IOptions<DiscordOptions> discord) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("status", "Papers stored, sources and channels, connection mode")
    {
        SupportsJson = true,
        Example = "--json",
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var sourceStatus = sources.Read();
        // In Discord a channel sees its own row only; locally every channel is ours to see.
        var channelStatus = channels.Read(request.Origin.IsLocal ? null : request.Origin.ChannelId);
        var report = new StatusReport(papers.Count(), sourceStatus, channelStatus);
        List<CardField> fields =
        [
            new CardField("Papers", report.Papers.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), Inline: true),
            new CardField("Mode", discord.Value.EffectiveMode.ToString(), Inline: true),
            new CardField("Sources", SourceSummary(sourceStatus)),
            .. channelStatus.Select(c => new CardField($"Channel {c.Channel}", ChannelSummary(c))),
        ];

        // The server's file system is nobody's business in Discord.
        if (request.Origin.IsLocal)
        {
            fields.Add(new CardField("Data", directory.Path));
        }

        var card = new Card("DigestBot status") { Fields = fields };
        return ValueTask.FromResult(new Reply { Cards = [card], Data = report });
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

    private static string ChannelSummary(ChannelStatus c)
    {
        var state = c.Paused ? $"paused{(c.PausedReason is { } why ? $": {why}" : string.Empty)}"
            : c.NextDigest is { } next ? $"next {next.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "instant";
        var last = c.LastDigest is { } at ? $"last {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "no digest yet";
        var error = c.LastError is { } e ? $" · last error: {e}" : string.Empty;
        return $"{c.Watches} watches · {c.Schedule} ({c.TimeZone}) · {state} · {c.Pending} pending · {last}{error}";
    }
}
