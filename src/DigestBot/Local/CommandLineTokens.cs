using System.CommandLine;
using System.CommandLine.Parsing;

namespace DigestBot.Local;

/// <summary>
/// The words of one command line, and after System.CommandLine has parsed their values, the typed text behind the
/// tokens it produced: the parser sees values only, and <c>--name=LN</c> becomes two tokens of one word.
/// </summary>
public sealed class CommandLineTokens(IReadOnlyList<CommandLineToken> words)
{
    private Dictionary<Token, CommandLineToken>? _words;

    public IReadOnlyList<CommandLineToken> Words => words;

    public string[] Values => [.. words.Select(w => w.Value)];

    public static CommandLineTokens FromArguments(IEnumerable<string> args) => new([.. args.Select(CommandLineToken.FromArgument)]);

    /// <summary>The query text of <paramref name="tokens"/> (an argument's), joined with spaces: see <see cref="CommandLineToken.QueryText"/>.</summary>
    public string QueryText(ParseResult parse, IEnumerable<Token> tokens)
    {
        _words ??= Align(parse.Tokens);
        return string.Join(' ', tokens.Select(t => _words.TryGetValue(t, out var word) ? word.QueryText : t.Value));
    }

    /// <summary>Pairs each parsed token with its word, in order; a word the parser split (<c>--opt=value</c>) gives two tokens.</summary>
    private Dictionary<Token, CommandLineToken> Align(IReadOnlyList<Token> parsed)
    {
        var map = new Dictionary<Token, CommandLineToken>(ReferenceEqualityComparer.Instance);
        var j = 0;
        foreach (var word in words)
        {
            if (j >= parsed.Count)
            {
                break;
            }

            if (parsed[j].Value == word.Value)
            {
                map[parsed[j++]] = word;
            }
            else if (j + 1 < parsed.Count && IsSplit(word.Value, parsed[j].Value))
            {
                map[parsed[j]] = word;
                map[parsed[j + 1]] = ValuePart(word, parsed[j].Value, parsed[j + 1].Value);
                j += 2;
            }
            else
            {
                break; // an unexpected shape: the rest keep their values
            }
        }

        return map;
    }

    /// <summary>
    /// The value of <c>--topic="KV cache"</c> as a word of its own, <c>"KV cache"</c>: what was typed after the option's
    /// name when that reads as the one word <paramref name="value"/>; otherwise (a shell's argument, whose quotes are
    /// gone) the value as it is.
    /// </summary>
    private static CommandLineToken ValuePart(CommandLineToken word, string option, string value) =>
        word.Raw.Length > option.Length && word.Raw.StartsWith(option, StringComparison.Ordinal)
        && PromptTokenizer.Split(word.Raw[(option.Length + 1)..]) is [var typed] && typed.Value == value
            ? typed
            : CommandLineToken.FromArgument(value);

    private static bool IsSplit(string word, string option) =>
        word.Length > option.Length && word.StartsWith(option, StringComparison.Ordinal) && word[option.Length] is '=' or ':';
}
