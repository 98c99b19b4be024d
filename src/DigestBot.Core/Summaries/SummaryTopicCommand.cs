using DigestBot.Commands;
using DigestBot.Search;

namespace DigestBot.Summaries;

/// <summary><c>/summary topic</c>: Discord's shape of <c>summary --topic QUERY [--since]</c>.</summary>
public sealed class SummaryTopicCommand(SummaryCommand summary) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "summary topic",
        "The themes among the papers matching a query",
        [
            new CommandOption("topic", "A search query, e.g. \"KV cache\" OR pruning") { Required = true },
            new CommandOption("since", $"Only papers published since: {SinceOption.Help}") { Autocomplete = true },
        ])
    {
        MayBeSlow = true,
        DiscordOnly = true,
        Example = "--topic agents OR diffusion",
        CheckInput = request => SummaryCommand.CheckTopic(request, request.GetRequiredString("topic")),
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(summary.Topic(request with { Command = SummaryCommand.Definition }, request.GetRequiredString("topic"), cancellationToken));
}
