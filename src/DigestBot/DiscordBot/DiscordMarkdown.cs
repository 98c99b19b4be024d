using System.Text;
using System.Text.RegularExpressions;

namespace DigestBot.DiscordBot;

/// <summary>
/// Makes plain text (paper titles, abstracts, user input) show literally in Discord. Every markdown character
/// is backslash-escaped, as Discord.Net's <c>Format.Sanitize</c> does, plus <c>&lt;</c> (mentions, timestamps),
/// <c>@</c>, brackets (masked links) and <c>#</c>; a leading <c>-</c>, <c>+</c> or <c>1.</c> (lists, subtext) too.
/// URLs are left whole so they stay clickable. Cutting never splits an escape or a surrogate pair.
/// </summary>
public static partial class DiscordMarkdown
{
    private const string Special = "\\*_~`|>[]<@:#";
    private const string Ellipsis = "…";

    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        var last = 0;
        foreach (Match url in UrlPattern().Matches(text))
        {
            EscapeInto(result, text, last, url.Index);
            result.Append(url.Value);
            last = url.Index + url.Length;
        }

        EscapeInto(result, text, last, text.Length);
        return result.ToString();
    }

    /// <summary>At most <paramref name="max"/> UTF-16 units, ending in "…" when cut.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        return text[..SafeCut(text, max - Ellipsis.Length)].TrimEnd() + Ellipsis;
    }

    /// <summary>The largest cut at or before <paramref name="at"/> that leaves no half escape or half surrogate pair.</summary>
    public static int SafeCut(string text, int at)
    {
        at = Math.Clamp(at, 0, text.Length);
        if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]) && char.IsHighSurrogate(text[at - 1]))
        {
            at--;
        }

        var slashes = 0;
        while (at - slashes - 1 >= 0 && text[at - slashes - 1] == '\\')
        {
            slashes++;
        }

        return slashes % 2 == 1 ? at - 1 : at;
    }

    private static void EscapeInto(StringBuilder result, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (Special.Contains(c) || (c is '-' or '+' && AtLineStart(text, i)) || (c == '.' && AfterLeadingDigits(text, i)))
            {
                result.Append('\\');
            }

            result.Append(c);
        }
    }

    private static bool AtLineStart(string text, int i)
    {
        while (i > 0 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }

        return i == 0 || text[i - 1] == '\n';
    }

    private static bool AfterLeadingDigits(string text, int i)
    {
        var start = i;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        return start < i && AtLineStart(text, start);
    }

    [GeneratedRegex(@"https?://[^\s<>""]+[^\s<>"".,;:!?)\]]", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
