using DigestBot.Commands;
using DigestBot.Papers;

namespace DigestBot.PaperCards;

/// <summary><c>paper ID</c>: one paper by any of its ids or links (see <see cref="PaperReference"/>).</summary>
public sealed class PaperCommand(PaperStore store) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "paper",
        "Show one paper by any of its ids or links (arXiv, DOI, OpenAlex, Semantic Scholar, its page)",
        [new CommandOption("id", PaperArgument.IdHelp) { Required = true, Positional = true }])
    {
        SupportsJson = true,
        Example = "1706.03762",
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var paper = PaperArgument.Resolve(store, request.GetRequiredString("id"), request.Origin);
        return ValueTask.FromResult(new Reply
        {
            Cards = [PaperCard.Full(paper)],
            Buttons = [.. PaperActions.For(paper), .. PaperCard.Links(paper)],
            Data = paper,
        });
    }
}
