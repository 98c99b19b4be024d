using DigestBot.Commands;

namespace DigestBot.Local;

/// <summary>Runs a parsed command line through the dispatcher and prints the reply: text, or JSON with <c>--json</c>.</summary>
public static class CliCommandRunner
{
    public static async Task<int> RunAsync(
        CommandDispatcher dispatcher,
        CliInvocation invocation,
        CommandOrigin origin,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        var progress = new TextWriterProgress(error);
        var reply = await dispatcher.DispatchAsync(invocation.Definition.Name, invocation.Options, origin, cancellationToken, progress);
        if (invocation.Json && reply.Kind == ReplyKind.Ok)
        {
            output.WriteLine(JsonOutput.Serialize(reply.Data));
        }
        else
        {
            ConsoleReplyRenderer.Render(reply, output, error);
        }

        return ExitCodeOf(reply.Kind);
    }

    public static int ExitCodeOf(ReplyKind kind) => kind switch
    {
        ReplyKind.Ok => ExitCodes.Ok,
        ReplyKind.Invalid => ExitCodes.BadInput,
        _ => ExitCodes.Failure,
    };
}
