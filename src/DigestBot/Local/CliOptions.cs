using System.CommandLine;
using DigestBot.Commands;

namespace DigestBot.Local;

/// <summary>Turns one <see cref="CommandOption"/> into a System.CommandLine argument or option, and says how to read its value.</summary>
internal static class CliOptions
{
    /// <summary>Adds the option or argument and returns how to read its value (when given) into the option map.</summary>
    /// <param name="takesRest">
    /// The last positional text takes every remaining word, so <c>search layer normalization</c> and
    /// <c>schedule set daily 09:00</c> need no quotes (the words are joined with spaces).
    /// </param>
    public static Action<ParseResult, Dictionary<string, object>> Add(
        CliCommand command, CommandOption option, CommandLineTokens words, bool takesRest)
    {
        var name = option.Name.ToUpperInvariant();
        if (option.Positional && option.Multiple)
        {
            var many = new Argument<string[]>(name) { Description = option.Description, Arity = Arity(option, many: true) };
            command.Add(many);
            return (parse, values) => Put(values, option.Name, parse.GetValue(many));
        }

        if (option.Positional && option.Type == OptionType.Integer && option.OrName)
        {
            // A whole number is the number; anything else is a name, for the handler to find (watch remove agents).
            var numberOrName = new Argument<string?>(name) { Description = option.Description, Arity = Arity(option, many: false) };
            command.Add(numberOrName);
            return (parse, values) => Put(values, option.Name, parse.GetValue(numberOrName) is { } given
                ? long.TryParse(given, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : given
                : null);
        }

        if (option.Positional && option.Type == OptionType.Integer)
        {
            var number = new Argument<long?>(name) { Description = option.Description, Arity = Arity(option, many: false) };
            number.CustomParser = CliValues.WholeNumber($"{command.Definition.Name}: ", $" (usage: {HelpCommand.Usage(command.Definition)})");
            command.Add(number);
            return (parse, values) => Put(values, option.Name, parse.GetValue(number));
        }

        if (option.Positional && takesRest && option.Type == OptionType.String)
        {
            var rest = new Argument<string[]>(name) { Description = option.Description, Arity = Arity(option, many: true) };
            command.Add(rest);
            return (parse, values) => Put(values, option.Name, parse.GetResult(rest) is { Tokens.Count: > 0 } given
                ? option.IsQuery ? words.QueryText(parse, given.Tokens) : string.Join(' ', given.Tokens.Select(t => t.Value))
                : null);
        }

        if (option.Positional)
        {
            var argument = new Argument<string?>(name) { Description = option.Description, Arity = Arity(option, many: false) };
            command.Add(argument);
            return (parse, values) => Put(values, option.Name, parse.GetValue(argument));
        }

        switch (option.Type)
        {
            case OptionType.Integer:
                var integer = new Option<long?>("--" + option.Name) { Description = option.Description, Required = option.Required };
                integer.CustomParser = CliValues.WholeNumber($"--{option.Name}: ", string.Empty);
                command.Add(integer);
                return (parse, values) => Put(values, option.Name, parse.GetValue(integer));
            case OptionType.Boolean:
                var flag = new Option<bool>("--" + option.Name) { Description = option.Description };
                command.Add(flag);
                return (parse, values) => Put(values, option.Name, parse.GetResult(flag) is null ? null : parse.GetValue(flag));
            case OptionType.String when option.IsQuery:
                return AddQuery(command, option, words);
            default:
                var text = new Option<string?>("--" + option.Name) { Description = option.Description, Required = option.Required };
                command.Add(text);
                return (parse, values) => Put(values, option.Name, parse.GetValue(text));
        }
    }

    /// <summary>
    /// A query given as an option takes the words up to the next option, as a positional query takes the rest of the
    /// line: <c>summary --topic agents OR diffusion --since 30d</c> needs no quotes. Given twice, it is refused.
    /// </summary>
    private static Action<ParseResult, Dictionary<string, object>> AddQuery(CliCommand command, CommandOption option, CommandLineTokens words)
    {
        var query = new Option<string[]>("--" + option.Name)
        {
            Description = option.Description,
            Required = option.Required,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        query.Validators.Add(result =>
        {
            if (result.IdentifierTokenCount > 1)
            {
                result.AddError($"--{option.Name}: given more than once");
            }
        });
        command.Add(query);
        return (parse, values) => Put(values, option.Name, parse.GetResult(query) is { Tokens.Count: > 0 } given
            ? words.QueryText(parse, given.Tokens)
            : null);
    }

    private static ArgumentArity Arity(CommandOption option, bool many) => (option.Required, many) switch
    {
        (true, true) => ArgumentArity.OneOrMore,
        (false, true) => ArgumentArity.ZeroOrMore,
        (true, false) => ArgumentArity.ExactlyOne,
        (false, false) => ArgumentArity.ZeroOrOne,
    };

    private static void Put(Dictionary<string, object> values, string name, object? value)
    {
        if (value is not null)
        {
            values[name] = value;
        }
    }
}
