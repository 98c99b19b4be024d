using DigestBot.Commands;
using DigestBot.Papers;

namespace DigestBot.Summaries;

/// <summary><c>summary ID [--llm]</c>: a paper's TL;DR, labelled with where it came from.</summary>
public sealed class SummaryCommand(PaperStore papers, SummaryService summaries) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "summary",
        "Summarise a paper: an offline extract, Hugging Face's AI summary, or the configured LLM with --llm",
        [
            new CommandOption("id", "arXiv id, DOI or link") { Required = true, Positional = true },
            new CommandOption("llm", "Ask the configured LLM (falls back to the extract)", OptionType.Boolean),
        ])
    {
        MayBeSlow = true,
        SupportsJson = true,
    };

    public async ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var text = request.GetRequiredString("id");
        if (!PaperId.TryParse(text, out var id))
        {
            throw new CommandInputException(PaperId.InvalidMessage(text));
        }

        var paper = papers.Find(id) ?? throw new CommandInputException($"paper {id.Key} not found in the store");
        var useLlm = request.GetBoolean("llm");
        var tldr = await summaries.SummarizeAsync(paper, useLlm, cancellationToken);
        var note = useLlm && !summaries.LlmAvailable
            ? "No LLM is configured (DigestBot:Summaries:Provider); showing the offline summary."
            : null;
        var card = new Card(paper.Title)
        {
            Url = paper.Links.Abs,
            Fields = [new CardField(tldr.Label, tldr.Text)],
            Footer = note,
        };
        return new Reply { Cards = [card], Data = new SummaryJson(paper.Id, tldr.Text, tldr.Kind.ToString().ToLowerInvariant(), tldr.Model) };
    }

    private sealed record SummaryJson(string Id, string Tldr, string Source, string? Model);
}
