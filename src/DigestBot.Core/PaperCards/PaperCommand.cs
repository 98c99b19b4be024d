using DigestBot.Commands;
using DigestBot.Papers;

namespace DigestBot.PaperCards;

/// <summary><c>paper ID</c>: one paper by any of its ids or links (see <see cref="PaperReference"/>).</summary>
public sealed class PaperCommand(MissingPapers papers) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "paper",
        "Show one paper by its id or link (arXiv, DOI, OpenAlex, Semantic Scholar), fetched if not stored",
        [new CommandOption("id", PaperArgument.IdHelp) { Required = true, Positional = true }])
    {
        SupportsJson = true,
        Example = "2606.13392",
        CheckInput = request => PaperArgument.CheckForm(request.GetRequiredString("id")),
    };

    public async ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var text = request.GetRequiredString("id");
        var (paper, fetchedFrom) = await papers.ResolveAsync(text, request, cancellationToken);
        var asked = PaperReference.TryParse(text, out var reference) ? reference.Key?.Version : null;
        return new Reply
        {
            // One record a paper, at its newest stored version: a link to another version finds it, and says so.
            Text = asked is int v && paper.Version > 0 && v != paper.Version
                ? $"v{v} is not what is stored: DigestBot keeps one record a paper, here at v{paper.Version}."
                : fetchedFrom is not null ? $"Fetched from {fetchedFrom} just now (it was not stored here)." : null,
            Cards = [PaperCard.Full(paper)],
            Buttons = [.. PaperActions.For(paper), .. PaperCard.Links(paper)],
            Data = paper,
        };
    }
}
