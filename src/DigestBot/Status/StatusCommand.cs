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
        var card = new Card("DigestBot status")
        {
            Fields =
            [
                new CardField("Papers", report.Papers.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), Inline: true),
                new CardField("Mode", discord.Value.EffectiveMode.ToString(), Inline: true),
                new CardField("Data", directory.Path),
            ],
        };
        return ValueTask.FromResult(new Reply { Cards = [card], Data = report });
    }
}
