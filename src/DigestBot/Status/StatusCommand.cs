using DigestBot.Commands;
using DigestBot.DiscordBot;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Storage;
using Microsoft.Extensions.Options;

namespace DigestBot.Status;

/// <summary><c>status</c>: what is stored and how the bot is connected.</summary>
public sealed class StatusCommand(PaperStore papers, SourceStatusReader sources, DataDirectory directory, IOptions<DiscordOptions> discord) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("status", "Papers stored, sources and channels, connection mode")
    {
        SupportsJson = true,
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var sourceStatus = sources.Read();
        var report = new StatusReport(papers.Count(), sourceStatus, []);
        List<CardField> fields =
        [
            new CardField("Papers", report.Papers.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), Inline: true),
            new CardField("Mode", discord.Value.EffectiveMode.ToString(), Inline: true),
            new CardField("Sources", SourceSummary(sourceStatus)),
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
}
