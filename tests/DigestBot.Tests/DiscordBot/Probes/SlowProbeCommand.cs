using DigestBot.Commands;

namespace DigestBot.Tests.DiscordBot.Probes;

/// <summary>May be slow: waits for the probe's gate, then answers publicly (or, with <c>private</c>, for the invoker only).</summary>
public sealed class SlowProbeCommand(Probe probe) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("slow", "A slow probe", [new CommandOption("private", "Answer ephemerally", OptionType.Boolean)])
    {
        MayBeSlow = true,
    };

    public async ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        probe.Calls.Enqueue(request);
        await probe.Gate.Task.WaitAsync(cancellationToken);
        return request.GetBoolean("private") ? Reply.Invalid("slow and private") : Reply.Message("slow done");
    }
}
