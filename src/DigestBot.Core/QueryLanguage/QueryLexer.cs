using System.Buffers;
using System.Text;

namespace DigestBot.QueryLanguage;

/// <summary>
/// Splits a query into words, phrases, field prefixes, parentheses and operators. Refusals are
/// <see cref="FormatException"/>s whose message is the one line the user sees.
/// </summary>
internal static class QueryLexer
{
    // Typographic double and single quotes, which phones and word processors put in place of the plain ones.
    private static readonly SearchValues<char> CurlyQuotes = SearchValues.Create("\u201C\u201D\u201E\u201F\u2018\u2019\u201B");

    public static List<QueryToken> Tokenize(string text)
    {
        text = Straighten(text);
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new QueryToken(c == '(' ? QueryTokenKind.Open : QueryTokenKind.Close, c.ToString()));
                i++;
            }
            else if (c == '"')
            {
                tokens.Add(new QueryToken(QueryTokenKind.Phrase, ReadPhrase(text, ref i)));
            }
            else if (c is '+' or '-')
            {
                // Only at the start of a term: the hyphen in Pre-LN is part of the word.
                if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] == ')')
                {
                    throw new FormatException($"'{c}' has nothing after it: write it against the term ({c}word)");
                }

                tokens.Add(new QueryToken(c == '+' ? QueryTokenKind.Plus : QueryTokenKind.Minus, c.ToString()));
                i++;
            }
            else
            {
                AddWord(tokens, ReadWord(text, ref i, out var escaped, out var colon), escaped, colon);
            }
        }

        return tokens;
    }

    /// <summary>
    /// The text with typographic quotes made plain, one character for one (so positions in refusals still hold): phones
    /// and word processors turn <c>"layer norm"</c> into <c>“layer norm”</c> and <c>what's</c> into <c>what’s</c>, and
    /// the person meant the same.
    /// </summary>
    public static string Straighten(string text) =>
        text.AsSpan().IndexOfAny(CurlyQuotes) < 0
            ? text
            : string.Create(text.Length, text, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = source[i] switch
                    {
                        '\u201C' or '\u201D' or '\u201E' or '\u201F' => '"',
                        '\u2018' or '\u2019' or '\u201B' => '\'',
                        var c => c,
                    };
                }
            });

    private static string ReadPhrase(string text, ref int i)
    {
        var start = i++;
        var phrase = new StringBuilder();
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }

            phrase.Append(text[i++]);
        }

        if (i >= text.Length)
        {
            throw new FormatException($"unbalanced quotes: the \" at character {start + 1} is never closed");
        }

        i++;
        return phrase.Length > 0 && !string.IsNullOrWhiteSpace(phrase.ToString())
            ? phrase.ToString()
            : throw new FormatException($"empty quotes at character {start + 1}: put the phrase between them");
    }

    /// <summary>Reads a word, unescaping <c>\x</c>; <paramref name="colon"/> is where its first unescaped ':' is, or -1.</summary>
    private static string ReadWord(string text, ref int i, out bool escaped, out int colon)
    {
        var word = new StringBuilder();
        escaped = false;
        colon = -1;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"'))
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                escaped = true;
                i++;
            }
            else if (text[i] == ':' && colon < 0)
            {
                colon = word.Length;
            }

            word.Append(text[i++]);
        }

        return word.ToString();
    }

    private static void AddWord(List<QueryToken> tokens, string word, bool escaped, int colon)
    {
        if (!escaped && Operator(word) is { } op)
        {
            tokens.Add(new QueryToken(op, word));
            return;
        }

        // Only letters before the colon make a field prefix; "Mix-LN:", "12:30" and "doi:10.1/x" inside a value do not.
        if (colon <= 0 || !IsLetters(word.AsSpan(0, colon)))
        {
            tokens.Add(new QueryToken(QueryTokenKind.Word, word));
            return;
        }

        var prefix = word[..colon];
        var rest = word[(colon + 1)..];
        if (SearchFields.TryParse(prefix, out _))
        {
            tokens.Add(new QueryToken(QueryTokenKind.Field, prefix.ToLowerInvariant()));
            if (rest.Length > 0)
            {
                tokens.Add(new QueryToken(QueryTokenKind.Word, rest));
            }
        }
        else if (rest.Length == 0)
        {
            // A pasted title ("Results: a survey") has colons that are punctuation, not fields.
            tokens.Add(new QueryToken(QueryTokenKind.Word, prefix));
        }
        else
        {
            var meant = SearchFields.Suggest(prefix) is { } known ? $" — did you mean {known}:?" : string.Empty;
            throw new FormatException($"unknown field '{prefix}:'{meant} (known fields: {SearchFields.Known})");
        }
    }

    private static bool IsLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static QueryTokenKind? Operator(string word) => word switch
    {
        "AND" => QueryTokenKind.And,
        "OR" => QueryTokenKind.Or,
        "NOT" => QueryTokenKind.Not,
        "ANDNOT" => QueryTokenKind.AndNot,
        _ => null,
    };
}
