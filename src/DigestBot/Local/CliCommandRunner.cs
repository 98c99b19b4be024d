using DigestBot.Commands;
using DigestBot.Control;

namespace DigestBot.Local;

/// <summary>
/// Runs a parsed command line and prints the reply: text, or JSON with <c>--json</c>. The command runs here through
/// the dispatcher, or — when a bot holds the data directory — in that bot, over its control socket.
/// </summary>
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
        return Print(invocation, reply, output, error);
    }

    /// <summary>
    /// Prints the refusal of input that is wrong whatever the data holds (<see cref="CommandDispatcher.CheckInput"/>) and
    /// returns its exit code, or returns null when the command may run.
    /// </summary>
    public static int? Refuse(CommandDispatcher dispatcher, CliInvocation invocation, TextWriter output, TextWriter error) =>
        dispatcher.CheckInput(invocation.Definition.Name, invocation.Options, CommandOrigin.Cli) is { } refusal
            ? Print(invocation, refusal, output, error)
            : null;

    /// <summary>Runs the command in the bot holding <paramref name="dataDirectory"/>; its progress lines go to <paramref name="error"/>.</summary>
    public static async Task<int> RunInBotAsync(
        string dataDirectory,
        CliInvocation invocation,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        var options = AbsolutePaths(invocation);
        var reply = await ControlClient.SendAsync(dataDirectory, invocation.Definition.Name, options, new TextWriterProgress(error), cancellationToken);
        return Print(invocation, reply, output, error);
    }

    public static int ExitCodeOf(ReplyKind kind) => kind switch
    {
        ReplyKind.Ok => ExitCodes.Ok,
        ReplyKind.Invalid => ExitCodes.BadInput,
        _ => ExitCodes.Failure,
    };

    private static int Print(CliInvocation invocation, Reply reply, TextWriter output, TextWriter error)
    {
        if (invocation.Json && reply.Kind == ReplyKind.Ok)
        {
            output.WriteLine(JsonOutput.Serialize(reply.Data));
        }
        else
        {
            ConsoleReplyRenderer.Render(reply, output, error, TerminalStyle.SupportsBold(output));
        }

        return ExitCodeOf(reply.Kind);
    }

    /// <summary>The bot has its own working directory: relative paths are resolved against ours first (URLs stay).</summary>
    private static Dictionary<string, object> AbsolutePaths(CliInvocation invocation)
    {
        var values = new Dictionary<string, object>(invocation.Options, StringComparer.Ordinal);
        foreach (var option in invocation.Definition.Options.Where(o => o.IsPath))
        {
            values[option.Name] = values.GetValueOrDefault(option.Name) switch
            {
                string one => Absolute(one),
                string[] many => many.Select(Absolute).ToArray(),
                var other => other!,
            };
        }

        foreach (var (name, value) in values.Where(v => v.Value is null).ToList())
        {
            values.Remove(name);
        }

        return values;
    }

    // An arXiv id or a DOI (import 2606.13106) stays as typed unless a file has that name.
    private static string Absolute(string path) =>
        path.Contains("://", StringComparison.Ordinal) || path.Length == 0
        || (!Path.Exists(path) && DigestBot.Papers.PaperId.TryParse(path, out _))
            ? path
            : Path.GetFullPath(path);
}
