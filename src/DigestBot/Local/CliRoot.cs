using System.CommandLine;
using DigestBot.Commands;

namespace DigestBot.Local;

/// <summary>The executable's command tree: every local command, <c>--data</c>, <c>--interactive</c>, and without a command, the bot.</summary>
internal static class CliRoot
{
    public static RootCommand Build(
        IEnumerable<CommandDefinition> definitions,
        CommandLineTokens words,
        Func<CliInvocation, CancellationToken, Task<int>> runCommand,
        Func<CancellationToken, Task<int>> runHost) =>
        CliTree.Build(definitions, words, runCommand, root =>
        {
            root.Add(CliSettings.DataOption());
            root.Add(CliSettings.InteractiveOption());
            root.SetAction((_, ct) => runHost(ct));
        });
}
