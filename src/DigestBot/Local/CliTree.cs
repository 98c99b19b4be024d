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

    public static RootCommand Build(
        IEnumerable<CommandDefinition> definitions,
        Func<CliInvocation, CancellationToken, Task<int>> run,
        Action<RootCommand>? configureRoot = null)
    {
        var root = new RootCommand(Description);
        configureRoot?.Invoke(root);
        foreach (var definition in definitions)
        {
            var words = definition.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Command parent = root;
            foreach (var word in words[..^1])
            {
                parent = parent.Subcommands.FirstOrDefault(c => c.Name == word) ?? AddGroup(parent, word);
            }

            parent.Add(BuildCommand(words[^1], definition, run));
        }

        return root;
    }

    private static Command AddGroup(Command parent, string name)
    {
        var group = new Command(name, $"{name} commands");
        parent.Add(group);
        return group;
    }

    private static Command BuildCommand(string name, CommandDefinition definition, Func<CliInvocation, CancellationToken, Task<int>> run)
    {
        var command = new Command(name, definition.Description);
        var options = definition.Options.Where(o => o.OnCli).ToList();
        var last = options.LastOrDefault(o => o.Positional);
        var readers = options.Select(o => AddOption(command, o, takesRest: ReferenceEquals(o, last))).ToList();
        var json = definition.SupportsJson ? new Option<bool>("--json") { Description = "Print JSON instead of text" } : null;
        if (json is not null)
        {
            command.Add(json);
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

    /// <summary>Adds the option or argument and returns how to read its value (when given) into the option map.</summary>
    /// <param name="takesRest">
    /// The last positional text takes every remaining word, so <c>search layer normalization</c> and
    /// <c>schedule set daily 09:00</c> need no quotes (the words are joined with spaces).
    /// </param>
    private static Action<ParseResult, Dictionary<string, object>> AddOption(Command command, CommandOption option, bool takesRest)
    {
        if (option.Positional && option.Multiple)
        {
            var many = new Argument<string[]>(option.Name.ToUpperInvariant())
            {
                Description = option.Description,
                Arity = option.Required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
            };
            command.Add(many);
            return (parse, values) => Put(values, option.Name, parse.GetValue(many));
        }

        if (option.Positional && option.Type == OptionType.Integer)
        {
            var number = new Argument<long?>(option.Name.ToUpperInvariant())
            {
                Description = option.Description,
                Arity = option.Required ? ArgumentArity.ExactlyOne : ArgumentArity.ZeroOrOne,
            };
            command.Add(number);
            return (parse, values) => Put(values, option.Name, parse.GetValue(number));
        }

        if (option.Positional && takesRest && option.Type == OptionType.String)
        {
            var words = new Argument<string[]>(option.Name.ToUpperInvariant())
            {
                Description = option.Description,
                Arity = option.Required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
            };
            command.Add(words);
            return (parse, values) => Put(values, option.Name, parse.GetValue(words) is { Length: > 0 } given ? string.Join(' ', given) : null);
        }

        if (option.Positional)
        {
            var argument = new Argument<string?>(option.Name.ToUpperInvariant())
            {
                Description = option.Description,
                Arity = option.Required ? ArgumentArity.ExactlyOne : ArgumentArity.ZeroOrOne,
            };
            command.Add(argument);
            return (parse, values) => Put(values, option.Name, parse.GetValue(argument));
        }

        switch (option.Type)
        {
            case OptionType.Integer:
                var integer = new Option<long?>("--" + option.Name) { Description = option.Description, Required = option.Required };
                command.Add(integer);
                return (parse, values) => Put(values, option.Name, parse.GetValue(integer));
            case OptionType.Boolean:
                var flag = new Option<bool>("--" + option.Name) { Description = option.Description };
                command.Add(flag);
                return (parse, values) => Put(values, option.Name, parse.GetResult(flag) is null ? null : parse.GetValue(flag));
            default:
                var text = new Option<string?>("--" + option.Name) { Description = option.Description, Required = option.Required };
                command.Add(text);
                return (parse, values) => Put(values, option.Name, parse.GetValue(text));
        }
    }

    private static void Put(Dictionary<string, object> values, string name, object? value)
    {
        if (value is not null)
        {
            values[name] = value;
        }
    }
}
