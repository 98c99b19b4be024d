using DigestBot.Commands;

namespace DigestBot.Tests.DiscordBot.Probes;

/// <summary>The command of Discord's documented autocomplete example (the recorded fixture in tests/fixtures/discord).</summary>
public sealed class AirhornProbeCommand : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("airhorn", "The documented autocomplete example", [new CommandOption("variant", "Variant")]);

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken) => ValueTask.FromResult(Reply.Message("honk"));
}
