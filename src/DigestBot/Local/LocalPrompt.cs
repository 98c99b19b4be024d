using System.CommandLine;
using DigestBot.Commands;

namespace DigestBot.Local;

/// <summary>
/// The <c>digestbot&gt;</c> prompt: each line is a CLI command (a leading <c>/</c> is optional) run inside the
/// running bot, as the local console channel. Words are split as a shell splits them, except that a query is taken
/// as typed: <c>search "layer normalization"</c> searches the phrase. Log lines pass through the same
/// <see cref="ConsoleGate"/>, so they never split the prompt or an answer. Ctrl+C while a command runs cancels that
/// command (<see cref="PromptInterrupt"/>): it stops where it can stop cleanly, one line says so, and the prompt comes back.
/// </summary>
public sealed class LocalPrompt(CommandDispatcher dispatcher, ConsoleGate gate, PromptInterrupt interrupt)
{
    public const string PromptText = "digestbot> ";

    /// <summary>Reads lines until end of input or <c>exit</c>; returns when the prompt should close.</summary>
    public async Task RunAsync(TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        gate.BeginAnswer();
        output.WriteLine("Type help for the commands, exit to stop.");
        while (!cancellationToken.IsCancellationRequested)
        {
            gate.ShowPrompt(output, PromptText);

            // Console reads cannot be cancelled; on shutdown the pending read is simply abandoned.
            var read = Task.Run(input.ReadLine, CancellationToken.None);
            await Task.WhenAny(read, Task.Delay(Timeout.Infinite, cancellationToken));
            if (!read.IsCompleted || read.Result is not { } line || IsExit(line))
            {
                gate.ClosePrompt();
                return;
            }

            gate.BeginAnswer();
            var name = "command";
            using var command = interrupt.Begin(cancellationToken);
            try
            {
                await ExecuteLineAsync(line, output, error, command.Token, started: n => name = n);
            }
            catch (OperationCanceledException) when (command.Interrupted && !cancellationToken.IsCancellationRequested)
            {
                await error.WriteLineAsync($"{name} cancelled by Ctrl+C");
            }
            finally
            {
                gate.EndAnswer();
            }
        }

        gate.EndAnswer();
    }

    /// <summary>Runs one prompt line and returns the exit code the same command would have had on the CLI.</summary>
    /// <param name="started">Told the command's name once its line has parsed and it starts.</param>
    public async Task<int> ExecuteLineAsync(string line, TextWriter output, TextWriter error, CancellationToken cancellationToken, Action<string>? started = null)
    {
        var text = line.Trim();
        var slash = text.StartsWith('/');
        if (slash)
        {
            text = text[1..];
        }

        if (text.Length == 0)
        {
            return ExitCodes.Ok;
        }

        // Words as a shell splits them, each with the text typed for it: a query keeps its quotes. A slash command
        // pasted as Discord takes it (name:value) is read into the CLI's form.
        var split = PromptTokenizer.Split(text);
        var words = new CommandLineTokens(slash ? SlashSyntax.ToCli(split, dispatcher.Definitions) : split);
        var root = CliTree.Build(
            dispatcher.LocalDefinitions,
            words,
            (invocation, ct) =>
            {
                started?.Invoke(invocation.Definition.Name);
                return CliCommandRunner.RunAsync(dispatcher, invocation, CommandOrigin.Prompt, output, error, ct);
            });
        var parse = CliTree.Parse(root, words);
        if (CliParseErrors.Describe(parse, words, CliSurface.Prompt) is { } problem)
        {
            await error.WriteLineAsync(problem);
            return ExitCodes.BadInput;
        }

        return await parse.InvokeAsync(
            new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false },
            cancellationToken);
    }

    private static bool IsExit(string line) => line.Trim().TrimStart('/') is "exit" or "quit";
}
