using System.CommandLine;
using DigestBot.Commands;

namespace DigestBot.Local;

/// <summary>
/// Builds the System.CommandLine tree from the command definitions, so every command exists once and the CLI
/// and the local prompt parse it the same way. Positional options become arguments; <c>watch add</c> nests.
/// </summary>
internal static class CliTree
{
    public const string Description =
        "DigestBot: paper digests for research teams in Discord. Without a command it runs the bot.";

    /// <param name="words">The command line being parsed: queries are read from the text typed for them.</param>
    public static RootCommand Build(
        IEnumerable<CommandDefinition> definitions,
        CommandLineTokens words,
        Func<CliInvocation, CancellationToken, Task<int>> run,
        Action<RootCommand>? configureRoot = null)
    {
        var root = new RootCommand(Description);
        configureRoot?.Invoke(root);
        foreach (var definition in definitions)
        {
            var names = definition.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Command parent = root;
            foreach (var name in names[..^1])
            {
                parent = parent.Subcommands.FirstOrDefault(c => c.Name == name) ?? AddGroup(parent, name);
            }

            parent.Add(BuildCommand(names[^1], definition, words, run));
        }

        return root;
    }

    /// <summary>Parses with the tree: a word starting with <c>@</c> is a word (a query may hold one), not a response file.</summary>
    public static ParseResult Parse(RootCommand root, CommandLineTokens words) =>
        root.Parse(words.Values, new ParserConfiguration { ResponseFileTokenReplacer = null });

    private static Command AddGroup(Command parent, string name)
    {
        var group = new Command(name, $"{name} commands");
        parent.Add(group);
        return group;
    }

    private static CliCommand BuildCommand(
        string name, CommandDefinition definition, CommandLineTokens words, Func<CliInvocation, CancellationToken, Task<int>> run)
    {
        var command = new CliCommand(name, definition);
        var options = definition.Options.Where(o => o.OnCli).ToList();
        var last = options.LastOrDefault(o => o.Positional);
        var readers = options.Select(o => CliOptions.Add(command, o, words, takesRest: ReferenceEquals(o, last))).ToList();
        var json = definition.SupportsJson
            ? new Option<bool>("--json") { Description = "Print JSON instead of text" + (definition.JsonOnlyWith is { } with ? $" (with --{with})" : string.Empty) }
            : null;
        if (json is not null)
        {
            command.Add(json);
            if (definition.JsonOnlyWith is { } partner && command.Options.OfType<Option<bool>>().FirstOrDefault(o => o.Name == "--" + partner) is { } needed)
            {
                command.Validators.Add(result =>
                {
                    if (result.GetValue(json) && !result.GetValue(needed))
                    {
                        result.AddError($"{definition.Name}: --json goes with --{partner}");
                    }
                });
            }
        }

        command.SetAction((parse, ct) =>
        {
            var values = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var read in readers)
            {
                read(parse, values);
            }

            return run(new CliInvocation(definition, values, json is not null && parse.GetValue(json)), ct);
        });
        return command;
    }
}
