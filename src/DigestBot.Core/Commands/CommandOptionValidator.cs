namespace DigestBot.Commands;

/// <summary>Checks option values against a definition, so handlers can trust required options and ranges.</summary>
internal static class CommandOptionValidator
{
    public static void Validate(CommandDefinition definition, IReadOnlyDictionary<string, object> options)
    {
        foreach (var name in options.Keys)
        {
            if (!definition.Options.Any(o => o.Name == name))
            {
                throw new CommandInputException($"{definition.Name}: unknown option '{name}'", name);
            }
        }

        foreach (var option in definition.Options)
        {
            if (!options.TryGetValue(option.Name, out var value))
            {
                if (option.Required)
                {
                    throw new CommandInputException($"{definition.Name}: {option.Name} is required", option.Name);
                }

                continue;
            }

            CheckValue(definition, option, value);
        }
    }

    private static void CheckValue(CommandDefinition definition, CommandOption option, object value)
    {
        switch (option.Type, value)
        {
            case (OptionType.String, string s) when option.Required && string.IsNullOrWhiteSpace(s):
                throw new CommandInputException($"{definition.Name}: {option.Name} is empty", option.Name);
            case (OptionType.String, string[] many) when option.Multiple:
                if (many.Length == 0 && option.Required)
                {
                    throw new CommandInputException($"{definition.Name}: {option.Name} is required", option.Name);
                }

                return;
            case (OptionType.String, string s) when option.Choices is { } choices && option.Choice(s) is null:
                throw new CommandInputException($"{definition.Name}: {option.Name} must be {OneOf(choices)} (got '{s}')", option.Name);
            case (OptionType.String, string):
            case (OptionType.Boolean, bool):
            case (OptionType.Integer, string name) when option.OrName && !string.IsNullOrWhiteSpace(name):
                return;
            case (OptionType.Integer, long n):
                if (n < option.Min || n > option.Max)
                {
                    throw new CommandInputException($"{definition.Name}: {option.Name} must be {Range(option)} (got {n})", option.Name);
                }

                return;
            default:
                throw new CommandInputException($"{definition.Name}: {option.Name} must be {option.Type.ToString().ToLowerInvariant()}", option.Name);
        }
    }

    /// <summary>The choices as a sentence says them: <c>relevance or date</c>, <c>keyword, semantic or hybrid</c>.</summary>
    private static string OneOf(IReadOnlyList<string> choices) =>
        choices.Count <= 2 ? string.Join(" or ", choices) : $"{string.Join(", ", choices.Take(choices.Count - 1))} or {choices[^1]}";

    /// <summary>The bounds an integer option has: <c>between 1 and 5</c>, or only <c>at least 1</c> or <c>at most 5</c>.</summary>
    private static string Range(CommandOption option) => (option.Min, option.Max) switch
    {
        ({ } min, { } max) => $"between {min} and {max}",
        ({ } min, null) => $"at least {min}",
        (null, { } max) => $"at most {max}",
        _ => "a whole number", // unreachable: without bounds no value is out of range
    };
}
