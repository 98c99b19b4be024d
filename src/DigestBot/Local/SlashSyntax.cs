using DigestBot.Commands;

namespace DigestBot.Local;

/// <summary>
/// A slash command pasted at the prompt as Discord takes it (<c>/search query:agents since:7d</c>,
/// <c>/cite paper:2604.21935 format:apa</c>): each <c>name:</c> that names one of the command's Discord options starts
/// that option, and its value runs to the next such word. Read into the CLI's form (<c>search agents --since 7d</c>);
/// a line without such a word is left as it is, so <c>/search id:2604.21935</c> stays a query (search has no
/// <c>id</c> option) and every CLI line means what it meant. Discord's own shapes of a CLI command are read as that
/// command: <c>/summary paper id:X llm:true</c> as <c>summary X --llm</c>, <c>/summary topic topic:Q since:30d</c> as
/// <c>summary --topic Q --since 30d</c>, <c>/digest now</c> as <c>digest</c>.
/// </summary>
public static class SlashSyntax
{
    public static IReadOnlyList<CommandLineToken> ToCli(IReadOnlyList<CommandLineToken> words, IReadOnlyList<CommandDefinition> definitions)
    {
        // The command: the longest definition name the first words spell ("watch add" before "watch").
        var (definition, path) = definitions
            .Where(d => !d.Hidden)
            .Select(d => (Definition: d, Words: d.Name.Split(' ')))
            .Where(d => d.Words.Length <= words.Count && d.Words.Select((w, i) => words[i].Value == w).All(same => same))
            .OrderByDescending(d => d.Words.Length)
            .Select(d => (d.Definition, d.Words.Length))
            .FirstOrDefault();
        if (definition is null)
        {
            return words;
        }

        // A shape only Discord has (/summary paper, /summary topic, /digest now) is read as the CLI command its first
        // word names, whose options of the same names take its option words (summary paper id:X is summary X).
        var target = definition.DiscordOnly
            ? definitions.FirstOrDefault(d => !d.DiscordOnly && !d.Hidden && d.Name == definition.Name.Split(' ')[0])
            : definition;
        if (target is null)
        {
            return words;
        }

        var options = definition.Options
            .Where(o => o.OnDiscord)
            .Select(o => (Word: o.DiscordName ?? o.Name, Cli: target.Options.FirstOrDefault(t => t.Name == o.Name && t.OnCli)))
            .Where(o => o.Cli is not null)
            .ToDictionary(o => o.Word, o => o.Cli!, StringComparer.Ordinal);
        CommandOption? Named(CommandLineToken word, out string value)
        {
            var colon = word.Value.IndexOf(':', StringComparison.Ordinal);
            value = colon > 0 ? word.Value[(colon + 1)..] : string.Empty;
            return colon > 0 && options.TryGetValue(word.Value[..colon], out var option) ? option : null;
        }

        // Nothing to read unless an option word says the line is Discord's; a shape with no options at all
        // (/digest now) says so by its name alone.
        var bare = definition.DiscordOnly && !definition.Options.Any(o => o.OnDiscord) && words.Count == path;
        if (!bare && !words.Skip(path).Any(w => Named(w, out _) is not null))
        {
            return words;
        }

        var cli = definition.DiscordOnly
            ? target.Name.Split(' ').Select(CommandLineToken.FromArgument).ToList()
            : words.Take(path).ToList();
        foreach (var word in words.Skip(path))
        {
            if (Named(word, out var value) is not { } option)
            {
                cli.Add(word);
                continue;
            }

            if (option.Type == OptionType.Boolean)
            {
                if (value is "" or "true" or "True")
                {
                    cli.Add(CommandLineToken.FromArgument("--" + option.Name));
                }

                continue;
            }

            if (!option.Positional)
            {
                cli.Add(CommandLineToken.FromArgument("--" + option.Name));
            }

            // The word without its "name:", as typed (query:"layer norm" keeps its quotes for a query).
            var prefix = word.Value.IndexOf(':', StringComparison.Ordinal) + 1;
            var raw = word.Raw.StartsWith(word.Value[..prefix], StringComparison.Ordinal) ? word.Raw[prefix..] : value;
            if (value.Length > 0)
            {
                cli.Add(new CommandLineToken(value, raw, word.WhollySingleQuoted));
            }
        }

        return cli;
    }
}
