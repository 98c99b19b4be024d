using DigestBot.Commands;

namespace DigestBot.Papers;

/// <summary><c>paper ID</c>: one paper by any of its ids or links.</summary>
public sealed class PaperCommand(PaperStore store) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "paper",
        "Show one paper by arXiv id, DOI, or arxiv.org / doi.org / huggingface.co link",
        [new CommandOption("id", "arXiv id, DOI or link") { Required = true, Positional = true }])
    {
        SupportsJson = true,
        Example = "1706.03762",
    };

    /// <summary>The one line for an id the store does not hold, shared by every command that looks papers up.</summary>
    public static string NotFound(PaperId id) => $"no paper {id.Key} here — try /search";

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var text = request.GetRequiredString("id");
        if (!PaperId.TryParse(text, out var id))
        {
            throw new CommandInputException(PaperId.InvalidMessage(text));
        }

        var paper = store.Find(id) ?? throw new CommandInputException(NotFound(id));
        return ValueTask.FromResult(new Reply
        {
            Cards = [PaperCard.Full(paper)],
            Buttons = [.. PaperActions.For(paper), .. PaperCard.Links(paper)],
            Data = paper,
        });
    }
}
