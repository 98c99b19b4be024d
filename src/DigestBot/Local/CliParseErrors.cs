using System.CommandLine;
using System.CommandLine.Parsing;
using DigestBot.Commands;
using DigestBot.Papers;

namespace DigestBot.Local;

/// <summary>
/// The first thing wrong with a parsed command line, as our own one line that names the command, option or argument
/// and what it takes: System.CommandLine's messages name .NET types, are localised, and say "Required command was
/// not provided." for a mistyped verb.
/// </summary>
internal static class CliParseErrors
{
    public static string? Describe(ParseResult parse, CommandLineTokens words, CliSurface surface)
    {
        if ((OptionForValue(parse) ?? UnknownWord(parse, words, surface) ?? OptionAmongArguments(parse, surface)) is { } unknown)
        {
            return unknown;
        }

        if (parse.Errors is not [var error, ..])
        {
            return null;
        }

        return error.SymbolResult switch
        {
            OptionResult o when o.Option is VersionOption => "--version: cannot be combined with other arguments",
            OptionResult o when o.Tokens.Count == 0 => $"{o.Option.Name}: needs {ValueName(o.Option)}",
            OptionResult o when o.Tokens.Count > 1 => $"{o.Option.Name}: given more than once",
            OptionResult o when o.Option.ValueType == typeof(bool) => $"{o.Option.Name}: '{o.Tokens[0].Value}' is not true or false",
            ArgumentResult a when a.Tokens.Count == 0 && a.Parent is CommandResult c =>
                $"{Path(c)}: missing {a.Argument.Name} (usage: {Usage(c)})",
            CommandResult c when c.Command is not CliCommand && c.Command.Subcommands.Count > 0 =>
                $"{Path(c)}: missing command — one of {string.Join(", ", c.Command.Subcommands.Select(s => s.Name))}",
            CommandResult c when c.Command.Options.FirstOrDefault(o => o.Required && parse.GetResult(o) is null) is { } required =>
                $"{Path(c)}: {required.Name} is required (usage: {Usage(c)})",
            _ => error.Message, // our own conversion messages (CliValues)
        };
    }

    /// <summary>
    /// <c>papers --limit --data d1</c>: System.CommandLine gives an option needing a value the next word even when that
    /// is another option, and then finds <c>d1</c> unmatched. The option is what lacks its value.
    /// </summary>
    private static string? OptionForValue(ParseResult parse) =>
        Ancestry(parse.CommandResult)
            .SelectMany(c => c.Children.OfType<OptionResult>())
            .Where(o => o.Tokens is [var t] && t.Value.Length > 2 && t.Value.StartsWith("--", StringComparison.Ordinal))
            .Select(o => $"{o.Option.Name}: needs {ValueName(o.Option)}")
            .FirstOrDefault();

    /// <summary>A word nothing took: a mistyped command, an option the command lacks, or an argument too many.</summary>
    private static string? UnknownWord(ParseResult parse, CommandLineTokens words, CliSurface surface)
    {
        if (parse.UnmatchedTokens is not [var word, ..])
        {
            return null;
        }

        // --json=maybe: a flag takes its value only when it is true or false, so the rest was left over.
        var at = parse.CommandResult;
        var flag = Ancestry(at).SelectMany(c => c.Command.Options).FirstOrDefault(o =>
            o.ValueType == typeof(bool) && words.Words.Any(w => w.Value == $"{o.Name}={word}" || w.Value == $"{o.Name}:{word}"));
        if (flag is not null)
        {
            return $"{flag.Name}: '{word}' is not true or false";
        }

        if (word.Length > 1 && word.StartsWith('-'))
        {
            return UnknownOption(at, word, surface);
        }

        if (at.Command is CliCommand)
        {
            return $"{Path(at)}: unexpected argument '{word}' (usage: {Usage(at)})";
        }

        var path = Path(at);
        var typed = $"{path} {word}".Trim();
        if (path.Length > 0)
        {
            return NameSuggestion.Nearest(word, at.Command.Subcommands.Select(c => c.Name)) is { } sub
                ? $"unknown command '{typed}' — did you mean {path} {sub}?"
                : $"unknown command '{typed}' — {Help(surface)}";
        }

        var command = surface == CliSurface.Prompt ? string.Empty : "digestbot ";

        // A paper's link or id pasted on its own line: the command that shows it.
        if (PaperReference.TryParse(word, out _))
        {
            return $"unknown command '{typed}' — for that paper, type {command}paper {word}";
        }

        // A question typed where a command goes ("layer normalization") is no misspelt "paper": a command that takes a
        // paper is suggested only before something that names one, and words that follow are offered to search.
        var question = Question(words, word);
        var paperFollows = question.Count < 2 || PaperReference.TryParse(question[1], out _);

        // Another tool's word for one of ours ("bibtex 2606.13392"): that command, however far its name is from the word.
        if (Synonyms.TryGetValue(word, out var synonym) && synonym.When switch
            {
                Follows.Nothing => question.Count < 2,
                Follows.Paper => paperFollows,
                _ => true,
            })
        {
            return $"unknown command '{typed}' — did you mean {synonym.Command}?";
        }

        var nearest = NameSuggestion.Nearest(word, at.Command.Subcommands.Select(c => c.Name));
        var meant = at.Command.Subcommands.FirstOrDefault(c => c.Name == nearest);
        if (meant is not null && (paperFollows || !TakesPaper(meant)))
        {
            return $"unknown command '{typed}' — did you mean {meant.Name}?";
        }

        return question.Count > 1 && question.All(w => w.All(c => char.IsLetterOrDigit(c) || c is '-' or '.' or '\''))
            ? $"unknown command '{typed}' — to search for these words, type {command}search {ShellQuoted(string.Join(' ', question), surface)}"
            : $"unknown command '{typed}' — {Help(surface)}";
    }

    /// <summary>
    /// Words other tools use for our commands, and when each is taken for ours: a word that names something to show
    /// only before nothing or a paper, so a question that starts with it ("abstract syntax trees", "citation
    /// networks") is still offered to search; a word that is also a topic ("health") only alone.
    /// </summary>
    private static readonly Dictionary<string, (string Command, Follows When)> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bibtex"] = ("cite", Follows.Paper),
        ["bib"] = ("cite", Follows.Paper),
        ["citation"] = ("cite", Follows.Paper),
        ["apa"] = ("cite", Follows.Paper),
        ["summarize"] = ("summary", Follows.Paper),
        ["summarise"] = ("summary", Follows.Paper),
        ["tldr"] = ("summary", Follows.Paper),
        ["abstract"] = ("paper", Follows.Paper),
        ["show"] = ("paper", Follows.Paper),
        ["details"] = ("paper", Follows.Paper),
        ["related"] = ("similar", Follows.Paper),
        ["subscribe"] = ("watch add", Follows.Anything),
        ["follow"] = ("watch add", Follows.Anything),
        ["unsubscribe"] = ("watch remove", Follows.Anything),
        ["unfollow"] = ("watch remove", Follows.Anything),
        ["watches"] = ("watch list", Follows.Anything),
        ["ingest"] = ("import", Follows.Anything),
        ["stats"] = ("status", Follows.Nothing),
        ["health"] = ("status", Follows.Nothing),
        ["rebuild"] = ("reindex", Follows.Nothing),
    };

    private enum Follows
    {
        Nothing,
        Paper,
        Anything,
    }

    /// <summary>The words typed from <paramref name="first"/> up to the first option.</summary>
    private static List<string> Question(CommandLineTokens words, string first) =>
        [.. words.Words.Select(w => w.Value).SkipWhile(w => w != first).TakeWhile(w => !w.StartsWith('-'))];

    private static bool TakesPaper(Command command) =>
        command is CliCommand { Definition.Options: var options } && options.Any(o => o.Positional && o.Name is "id" or "paper");

    private static string ShellQuoted(string text, CliSurface surface) =>
        surface == CliSurface.Prompt || !text.Contains(' ', StringComparison.Ordinal) ? text
        : text.Contains('\'', StringComparison.Ordinal) ? $"\"{text}\"" : $"'{text}'";

    /// <summary>
    /// <c>search ai --lmit 5</c>: the last positional text and a query option (<c>summary --topic</c>) take every word,
    /// so System.CommandLine reads a mistyped option as query words. No query starts a word with <c>--</c> (its NOT is
    /// one <c>-</c>); <c>--</c> alone ends options.
    /// </summary>
    private static string? OptionAmongArguments(ParseResult parse, CliSurface surface)
    {
        var tokens = parse.Tokens.ToList();
        var end = tokens.FindIndex(t => t.Type == TokenType.DoubleDash);
        var option = parse.CommandResult.Children
            .Where(r => r is ArgumentResult or OptionResult { Option.AllowMultipleArgumentsPerToken: true })
            .SelectMany(r => r.Tokens)
            .FirstOrDefault(t => t.Value.Length > 2 && t.Value.StartsWith("--", StringComparison.Ordinal)
                                 && (end < 0 || tokens.FindIndex(p => ReferenceEquals(p, t)) < end));
        return option is null ? null : UnknownOption(parse.CommandResult, option.Value, surface);
    }

    private static string UnknownOption(CommandResult at, string word, CliSurface surface)
    {
        var name = word.Split('=', ':')[0];
        var known = Ancestry(at).SelectMany(c => c.Command.Options.Where(o => ReferenceEquals(c, at) || o.Recursive))
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .Where(n => n.StartsWith("--", StringComparison.Ordinal));
        var where = at.Command is CliCommand ? $"{Path(at)}: " : string.Empty;

        // The option's Discord name (--timezone for --tz), typed by someone who read the slash form.
        var discord = at.Command is CliCommand { Definition: var definition }
            ? definition.Options.FirstOrDefault(o => o.OnCli && o.DiscordName is { } d && "--" + d == name) is { } o ? "--" + o.Name : null
            : null;
        return (discord ?? NameSuggestion.Nearest(name, known)) is { } meant
            ? $"{where}unknown option '{word}' — did you mean {meant}?"
            : at.Command is CliCommand
                ? $"{where}unknown option '{word}' (usage: {Usage(at)})"
                : $"unknown option '{word}' — {Help(surface)}";
    }

    private static IEnumerable<CommandResult> Ancestry(CommandResult at)
    {
        for (SymbolResult? r = at; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                yield return c;
            }
        }
    }

    /// <summary><c>watch add</c>; empty for the root.</summary>
    private static string Path(CommandResult at) =>
        string.Join(' ', Ancestry(at).Where(c => c.Command is not RootCommand).Reverse().Select(c => c.Command.Name));

    private static string Usage(CommandResult at) => at.Command is CliCommand c ? HelpCommand.Usage(c.Definition) : Path(at);

    private static string ValueName(Option option) =>
        option.ValueType == typeof(long?) ? "a whole number"
        : option.Name == "--data" ? "a directory"
        : "a value";

    private static string Help(CliSurface surface) => surface == CliSurface.Prompt ? "type help" : "see digestbot --help";
}
