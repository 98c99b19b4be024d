using DigestBot.Commands;

namespace DigestBot.Tests.DiscordBot.Probes;

/// <summary>The command of Discord's documented example interaction (the recorded fixture in tests/fixtures/discord), so the fixture routes somewhere.</summary>
public sealed class CardSearchProbeCommand(Probe probe) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("cardsearch", "The documented example", [new CommandOption("cardname", "Card") { Required = true }]);

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        probe.Calls.Enqueue(request);
        return ValueTask.FromResult(Reply.Message($"found {request.GetString("cardname")}"));
    }
}
