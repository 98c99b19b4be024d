using DigestBot.Commands;
using DigestBot.Papers;

namespace DigestBot.PaperCards;

/// <summary><c>papers</c>: the most recently stored papers, newest first.</summary>
public sealed class PapersCommand(PaperStore store) : ICommandHandler
{
    public const int DefaultLimit = 10;

    public static CommandDefinition Definition { get; } = new(
        "papers",
        "List the papers stored most recently, newest first",
        [new CommandOption("limit", $"How many papers (default {DefaultLimit})", OptionType.Integer) { Min = 1, Max = 1000 }])
    {
        SupportsJson = true,
        Example = "--limit 5",
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var limit = (int)(request.GetInteger("limit") ?? DefaultLimit);
        var papers = store.Latest(limit);
        var total = store.Count();
        var text = papers.Count == 0
            ? "No papers stored yet."
            : $"{papers.Count} most recent of {total} papers:";
        return ValueTask.FromResult(new Reply
        {
            Text = text,
            Cards = [.. papers.Select(PaperCard.Compact)],
            Data = papers,
        });
    }
}
