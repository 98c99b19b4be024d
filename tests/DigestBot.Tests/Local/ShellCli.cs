using System.Diagnostics;
using DigestBot.Local;

namespace DigestBot.Tests.Local;

/// <summary>
/// The executable's own parsing (its command tree, parse and error wording) over the app's definitions, in process:
/// what a command line would hand to a command, or the one line it would print instead.
/// </summary>
internal static class ShellCli
{
    public static async Task<(string? Problem, CliInvocation? Invocation)> ParseAsync(params string[] args)
    {
        CliInvocation? received = null;
        var words = CommandLineTokens.FromArguments(args);
        var root = CliRoot.Build(
            AppCommands.Local(),
            words,
            (invocation, _) =>
            {
                received = invocation;
                return Task.FromResult(0);
            },
            _ => Task.FromResult(0));
        var parse = CliTree.Parse(root, words);
        if (CliParseErrors.Describe(parse, words, CliSurface.Shell) is { } problem)
        {
            return (problem, null);
        }

        await parse.InvokeAsync();
        return (null, received);
    }

    /// <summary>The words /bin/sh makes of <paramref name="line"/>, as a command's arguments; null when sh rejects it.</summary>
    public static string[]? SplitAsShell(string line)
    {
        var info = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("printf '%s\\0' X " + line); // X: printf with no arguments would still print one empty word
        using var sh = Process.Start(info)!;
        var output = sh.StandardOutput.ReadToEnd();
        sh.WaitForExit();
        return sh.ExitCode == 0 ? output.Split('\0')[1..^1] : null;
    }
}
