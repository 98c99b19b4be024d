using DigestBot.Commands;

namespace DigestBot.Tests.DiscordBot.Probes;

/// <summary>Not declared slow, yet waits for the probe's gate: the responder must say "thinking…" by itself in time.</summary>
public sealed class StallProbeCommand(Probe probe) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("stall", "A probe that is slower than it says");

    public async ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        probe.Calls.Enqueue(request);
        await probe.Gate.Task.WaitAsync(cancellationToken);
        return Reply.Message("stalled, then done");
    }
}
