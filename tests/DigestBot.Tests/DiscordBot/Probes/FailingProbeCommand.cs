using DigestBot.Commands;

namespace DigestBot.Tests.DiscordBot.Probes;

/// <summary>Throws, as a handler with a bug would.</summary>
public sealed class FailingProbeCommand(Probe probe) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("broken", "A failing probe");

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        probe.Calls.Enqueue(request);
        throw new InvalidOperationException("the probe broke");
    }
}
