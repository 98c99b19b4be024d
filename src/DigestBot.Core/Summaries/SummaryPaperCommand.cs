using DigestBot.Commands;

namespace DigestBot.Summaries;

/// <summary><c>/summary paper</c>: Discord's shape of <c>summary ID [--llm]</c>.</summary>
public sealed class SummaryPaperCommand(SummaryCommand summary) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "summary paper",
        "Summarise a paper: the offline extract, Hugging Face's AI summary, or the LLM with llm:true",
        [
            new CommandOption("id", "arXiv id, DOI or link of the paper") { Required = true },
            new CommandOption("llm", "Ask the configured LLM (falls back to the extract)", OptionType.Boolean),
        ])
    {
        MayBeSlow = true,
        DiscordOnly = true,
        Example = "--id 2606.13392",
        CheckInput = request => Papers.PaperArgument.CheckForm(request.GetRequiredString("id")),
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken) =>
        summary.HandleAsync(request with { Command = SummaryCommand.Definition }, cancellationToken);
}
