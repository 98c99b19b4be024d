using DigestBot.Commands;

namespace DigestBot.Tests.DiscordBot.Probes;

/// <summary>A management sub-command (<c>probe add</c>) taking a query and a count.</summary>
public sealed class ManageProbeCommand(Probe probe) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "probe add",
        "A management probe",
        [new CommandOption("query", "Query") { Required = true }, new CommandOption("count", "Count", OptionType.Integer) { Min = 1, Max = 9 }])
    {
        RequiresManageChannels = true,
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        probe.Calls.Enqueue(request);
        return ValueTask.FromResult(Reply.Message($"added {request.GetString("query")} x{request.GetInteger("count") ?? 1}"));
    }
}
