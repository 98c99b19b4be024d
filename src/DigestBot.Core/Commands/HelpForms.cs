using System.Text;

namespace DigestBot.Commands;

/// <summary>
/// How help writes a command for Discord (<c>/cite paper [format]</c>, <c>/cite paper:2606.13392 format:apa</c>)
/// and its example for the CLI. Examples are written once, in CLI form without the command name
/// (<see cref="CommandDefinition.Example"/>); the slash form is derived from them.
/// </summary>
public static class HelpForms
{
    /// <summary>The slash form: required options first, as Discord lists them; local-only options left out.</summary>
    public static string Slash(CommandDefinition d)
    {
        var options = d.Options.Where(o => o.OnDiscord).OrderBy(o => o.Required ? 0 : 1);
        return string.Join(' ', [$"/{d.Name}", .. options.Select(o => o.Required ? o.DiscordName ?? o.Name : $"[{o.DiscordName ?? o.Name}]")]);
    }

    /// <summary>
    /// The CLI example (<c>cite 2606.13392 --format apa</c>), or null when it has none or needs no arguments. It is
    /// written to work pasted into a shell and at the prompt alike: a query with quotes is single-quoted
    /// (<c>search '"layer normalization" AND cat:cs.LG' --since 30d</c>).
    /// </summary>
    public static string? CliExample(CommandDefinition d)
    {
        if (string.IsNullOrWhiteSpace(d.Example))
        {
            return null;
        }

        var (positional, named) = Split(d.Example);
        var parts = new List<string> { d.Name };
        if (positional.Length > 0)
        {
            var values = Positionals(positional, Math.Max(1, d.Options.Count(o => o.Positional && o.OnCli)));
            parts.AddRange(values.SkipLast(1).Select(ShellQuoting.Word));
            parts.Add(ShellQuoting.Rest(values[^1]));
        }

        foreach (var (name, value) in named)
        {
            parts.Add("--" + name);
            if (value.Length > 0)
            {
                parts.Add(ShellQuoting.Word(value));
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>The example as typed in Discord (<c>/cite paper:2606.13392 format:apa</c>), or null when it has no Discord arguments.</summary>
    public static string? SlashExample(CommandDefinition d)
    {
        if (d.Example is null)
        {
            return null;
        }

        var parts = new List<string> { "/" + d.Name };
        var (positional, named) = Split(d.Example);
        var positionals = d.Options.Where(o => o.Positional).ToList();
        if (positional.Length > 0 && positionals.Count > 0)
        {
            var values = Positionals(positional, positionals.Count);
            parts.AddRange(positionals.Zip(values, (o, v) => $"{o.DiscordName ?? o.Name}:{v}"));
        }

        foreach (var (name, value) in named)
        {
            var option = d.Options.FirstOrDefault(o => o.Name == name);
            if (option is null || !option.OnDiscord)
            {
                continue; // --json and --channel have no slash form: Discord answers in the channel itself.
            }

            var slashName = option.DiscordName ?? name;
            parts.Add(option.Type == OptionType.Boolean ? $"{slashName}:true" : $"{slashName}:{value}");
        }

        return parts.Count == 1 ? null : string.Join(' ', parts);
    }

    /// <summary>
    /// The example's leading text as the values of <paramref name="count"/> positional options: a word each, the last
    /// taking the rest (a query with spaces, as the command line reads it).
    /// </summary>
    private static string[] Positionals(string positional, int count) =>
        positional.Split(' ', count, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The option names an example uses (<c>--format</c> → <c>format</c>), for checking examples against definitions.</summary>
    public static IReadOnlyList<string> NamedOptions(string example) => [.. Split(example).Named.Select(n => n.Name)];

    private static (string Positional, List<(string Name, string Value)> Named) Split(string example)
    {
        var named = new List<(string, string)>();
        var positional = new StringBuilder();
        string? current = null;
        var value = new StringBuilder();
        foreach (var word in example.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.StartsWith("--", StringComparison.Ordinal) && word.Length > 2)
            {
                Flush();
                current = word[2..];
            }
            else
            {
                var target = current is null ? positional : value;
                target.Append(target.Length > 0 ? " " : string.Empty).Append(word);
            }
        }

        Flush();
        return (positional.ToString(), named);

        void Flush()
        {
            if (current is not null)
            {
                named.Add((current, value.ToString()));
                value.Clear();
            }
        }
    }
}
