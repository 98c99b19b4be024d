using DigestBot.Commands;
using DigestBot.DiscordBot;
using DigestBot.Papers;
using DigestBot.Storage;
using Microsoft.Extensions.Options;

namespace DigestBot.Status;

/// <summary><c>status</c>: what is stored and how the bot is connected.</summary>
public sealed class StatusCommand(PaperStore papers, DataDirectory directory, IOptions<DiscordOptions> discord) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("status", "Papers stored, sources and channels, connection mode")
    {
        SupportsJson = true,
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var report = new StatusReport(papers.Count(), [], []);
        List<CardField> fields =
        [
            new CardField("Papers", report.Papers.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), Inline: true),
            new CardField("Mode", discord.Value.EffectiveMode.ToString(), Inline: true),
        ];

        // The server's file system is nobody's business in Discord.
        if (request.Origin.IsLocal)
        {
            fields.Add(new CardField("Data", directory.Path));
        }

        var card = new Card("DigestBot status") { Fields = fields };
        return ValueTask.FromResult(new Reply { Cards = [card], Data = report });
    }
}
