using System.CommandLine;

namespace DigestBot.Local;

/// <summary>
/// The options that shape the host itself (<c>--data</c>, <c>--interactive</c>), read before the host is built;
/// everything else is parsed afterwards against the commands the host registers.
/// </summary>
public sealed record CliSettings(string? DataDirectory, bool Interactive, bool RunsHost)
{
    public static Option<string?> DataOption() => new("--data")
    {
        Description = "Data directory (LiteDB file, index, lock); overrides DigestBot:Storage:DataDirectory",
        Recursive = true,
    };

    public static Option<bool> InteractiveOption() => new("--interactive")
    {
        Description = "Read commands at a digestbot> prompt even when stdin is not a terminal",
    };

    public static CliSettings Read(string[] args)
    {
        var data = DataOption();
        var interactive = InteractiveOption();
        var rest = new Argument<string[]>("rest") { Arity = ArgumentArity.ZeroOrMore };
        var root = new RootCommand { data, interactive, rest };
        root.TreatUnmatchedTokensAsErrors = false;
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

        // Anything besides the host options (a verb, --help, --version) means a one-shot run, not the bot. A --data
        // without its value (or given twice) is left unset here: the full parse afterwards says what is wrong.
        var runsHost = (parse.GetValue(rest) ?? []).Length == 0 && parse.UnmatchedTokens.Count == 0;
        var directory = parse.GetResult(data) is { Tokens: [var one] } ? one.Value : null;
        var isInteractive = parse.GetResult(interactive) is { } given && !given.Errors.Any() && parse.GetValue(interactive);
        return new CliSettings(directory, isInteractive, runsHost);
    }

    /// <summary>What is wrong with <c>--data</c> before a command uses it, or null.</summary>
    public string? DataProblem() =>
        DataDirectory is { } path && global::DigestBot.Storage.DataDirectory.NotADirectory(path) is { } problem ? $"--data: '{path}' {problem}" : null;

    /// <summary>Configuration keys these options override.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ConfigurationOverrides()
    {
        if (DataDirectory is not null)
        {
            yield return new("DigestBot:Storage:DataDirectory", DataDirectory);
        }

        if (Interactive)
        {
            yield return new("DigestBot:Local:Interactive", "true");
        }
    }
}
