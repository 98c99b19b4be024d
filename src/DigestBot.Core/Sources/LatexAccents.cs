using System.Text;

namespace DigestBot.Sources;

/// <summary>
/// LaTeX's accented letters as the Unicode letters they stand for (NFC), as arXiv writes them in titles, abstracts and
/// names: the text accents <c>\' \` \^ \" \~ \= \. \u \v \H \c \k \r</c> over a letter, braced or not
/// (<c>R\'enyi</c>, <c>R\'{e}nyi</c>, <c>R{\'e}nyi</c>, <c>Na\"{\i}ve</c>, <c>\c c</c>), and the letters
/// <c>\o \O \ss \ae \AE \oe \OE \aa \AA \l \L \i \j</c> (<c>{\o}</c>, <c>\ss{}</c>, <c>Stra\ss e</c>). Everything else
/// stays as written: math (<c>$…$</c>, <c>$$…$$</c>, <c>\(…\)</c>, <c>\[…\]</c>), other commands, an accent on no
/// letter (<c>\'{}</c>). Text without a backslash is returned as it is, the same instance, without being copied.
/// </summary>
internal static class LatexAccents
{
    /// <summary>The combining mark of each accent command.</summary>
    private static readonly Dictionary<string, char> Marks = new(StringComparer.Ordinal)
    {
        ["`"] = '\u0300', ["'"] = '\u0301', ["^"] = '\u0302', ["~"] = '\u0303', ["="] = '\u0304', ["u"] = '\u0306',
        ["."] = '\u0307', ["\""] = '\u0308', ["r"] = '\u030A', ["H"] = '\u030B', ["v"] = '\u030C', ["c"] = '\u0327',
        ["k"] = '\u0328',
    };

    private static readonly Dictionary<string, string> Letters = new(StringComparer.Ordinal)
    {
        ["o"] = "ø", ["O"] = "Ø", ["ss"] = "ß", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ",
        ["aa"] = "å", ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ",
    };

    /// <summary>The text with its accented letters in Unicode; the same instance when there is nothing to convert.</summary>
    public static string ToUnicode(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        StringBuilder? result = null;
        var copied = 0;
        var i = NextSpecial(text, 0);
        while (i >= 0)
        {
            if (text[i] == '$')
            {
                i = NextSpecial(text, AfterMath(text, i));
                continue;
            }

            if (!TryLetter(text, i, out var letter, out var end))
            {
                i = NextSpecial(text, AfterCommand(text, i));
                continue;
            }

            // "{\'e}" and "{\o}" lose their braces, which only group the letter; "\textbf{\'e}" keeps its argument's.
            var start = i;
            if (start - 1 >= copied && text[start - 1] == '{' && end < text.Length && text[end] == '}' && !IsArgument(text, start - 1))
            {
                start--;
                end++;
            }

            result ??= new StringBuilder(text.Length);
            result.Append(text, copied, start - copied).Append(letter);
            copied = end;
            i = NextSpecial(text, end);
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    private static int NextSpecial(string text, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var found = text.AsSpan(from).IndexOfAny('\\', '$');
        return found < 0 ? -1 : from + found;
    }

    /// <summary>Where the math that opens at <paramref name="at"/> ends; a dollar that closes nothing is a dollar.</summary>
    private static int AfterMath(string text, int at)
    {
        var display = at + 1 < text.Length && text[at + 1] == '$';
        var delimiter = display ? "$$" : "$";
        for (var from = at + delimiter.Length; from < text.Length;)
        {
            var close = text.IndexOf(delimiter, from, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            if (text[close - 1] != '\\')
            {
                return close + delimiter.Length;
            }

            from = close + 1;
        }

        return at + delimiter.Length;
    }

    /// <summary>Past a command that is no letter: a whole <c>\(…\)</c> or <c>\[…\]</c>, else the backslash and the character after it (<c>\\</c>, <c>\$</c>).</summary>
    private static int AfterCommand(string text, int at)
    {
        if (at + 1 < text.Length && text[at + 1] is '(' or '[')
        {
            var close = text.IndexOf(text[at + 1] == '(' ? "\\)" : "\\]", at + 2, StringComparison.Ordinal);
            return close < 0 ? at + 2 : close + 2;
        }

        return at + 2;
    }

    /// <summary>The letter an accent or letter command at <paramref name="at"/> (a backslash) stands for, and where it ends.</summary>
    private static bool TryLetter(string text, int at, out string letter, out int end)
    {
        letter = string.Empty;
        end = at;
        if (at + 1 >= text.Length)
        {
            return false;
        }

        var nameEnd = at + 2;
        if (char.IsAsciiLetter(text[at + 1]))
        {
            while (nameEnd < text.Length && char.IsAsciiLetter(text[nameEnd]))
            {
                nameEnd++;
            }
        }

        var name = text.AsSpan(at + 1, nameEnd - at - 1);
        if (Letters.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var special))
        {
            letter = special;
            end = AfterControlWord(text, nameEnd);
            return true;
        }

        if (!Marks.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var mark))
        {
            return false;
        }

        // A control word ends at its spaces ("\c c"); a control symbol takes the next character ("\'e").
        var argument = char.IsAsciiLetter(text[at + 1]) ? SkipSpaces(text, nameEnd) : nameEnd;
        if (!TryBase(text, argument, out var letterBase, out end))
        {
            return false;
        }

        letter = new string([letterBase, mark]).Normalize(NormalizationForm.FormC);
        return true;
    }

    /// <summary>The letter an accent sits on: <c>e</c>, <c>{e}</c>, <c>\i</c> or <c>{\i}</c> (a dotless i takes the accent as i).</summary>
    private static bool TryBase(string text, int at, out char letterBase, out int end)
    {
        letterBase = default;
        end = at;
        if (at >= text.Length)
        {
            return false;
        }

        var braced = text[at] == '{';
        var pos = braced ? at + 1 : at;
        if (pos + 1 < text.Length && text[pos] == '\\' && text[pos + 1] is 'i' or 'j'
            && (pos + 2 >= text.Length || !char.IsAsciiLetter(text[pos + 2])))
        {
            letterBase = text[pos + 1];
            end = braced ? pos + 2 : AfterControlWord(text, pos + 2);
        }
        else if (pos < text.Length && char.IsLetter(text[pos]))
        {
            letterBase = text[pos];
            end = pos + 1;
        }
        else
        {
            return false;
        }

        if (braced)
        {
            if (end >= text.Length || text[end] != '}')
            {
                return false;
            }

            end++;
        }

        return true;
    }

    /// <summary>After a control word TeX drops the spaces that end it, or an empty group (<c>\ss{}</c>).</summary>
    private static int AfterControlWord(string text, int at) =>
        text.AsSpan(at).StartsWith("{}", StringComparison.Ordinal) ? at + 2 : SkipSpaces(text, at);

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    /// <summary>Whether the brace at <paramref name="brace"/> opens the argument of a command (<c>\textbf{</c>).</summary>
    private static bool IsArgument(string text, int brace)
    {
        var j = brace - 1;
        while (j >= 0 && char.IsAsciiLetter(text[j]))
        {
            j--;
        }

        return j >= 0 && j < brace - 1 && text[j] == '\\';
    }
}
