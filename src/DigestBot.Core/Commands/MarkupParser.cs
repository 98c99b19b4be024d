using System.Text;

namespace DigestBot.Commands;

/// <summary>
/// Reads <see cref="ReplyMarkup"/> into spans. Markup never crosses a line, so cutting text at line breaks never
/// splits it; whatever does not close on its line is literal text.
/// </summary>
internal static class MarkupParser
{
    private const string SmallPrint = "-# ";

    public static IReadOnlyList<MarkupSpan> Parse(string markup)
    {
        var spans = new List<MarkupSpan>();
        var text = new StringBuilder();
        for (var i = 0; i < markup.Length;)
        {
            var lineStart = i == 0 || markup[i - 1] == '\n';
            if (lineStart && markup.AsSpan(i).StartsWith(SmallPrint, StringComparison.Ordinal))
            {
                Add(new MarkupSpan(MarkupKind.SmallPrint, string.Empty), SmallPrint.Length);
            }
            else if (markup[i] == '\\' && i + 1 < markup.Length && ReplyMarkup.Escapable.Contains(markup[i + 1]))
            {
                text.Append(markup[i + 1]);
                i += 2;
            }
            else if (Bold(markup, i) is { } bold)
            {
                Add(new MarkupSpan(MarkupKind.Bold, ReplyMarkup.Unescape(markup[(i + 2)..(bold - 2)])), bold - i);
            }
            else if (Code(markup, i) is { } code)
            {
                Add(new MarkupSpan(MarkupKind.Code, markup[(i + 1)..(code - 1)]), code - i);
            }
            else if (Link(markup, i) is { } link)
            {
                Add(new MarkupSpan(MarkupKind.Link, ReplyMarkup.Unescape(link.Label), link.Url), link.End - i);
            }
            else
            {
                text.Append(markup[i++]);
            }

            void Add(MarkupSpan span, int length)
            {
                Flush();
                spans.Add(span);
                i += length;
            }
        }

        Flush();
        return spans;

        void Flush()
        {
            if (text.Length > 0)
            {
                spans.Add(new MarkupSpan(MarkupKind.Text, text.ToString()));
                text.Clear();
            }
        }
    }

    /// <summary>What may stand in a link's address without confusing the markup around it.</summary>
    public static bool IsUrlChar(char c) => char.IsAsciiLetterOrDigit(c) || "-._~:/?#@!$&'+,;=%".Contains(c);

    /// <summary>The end (after the closing <c>**</c>) of bold text starting at <paramref name="at"/>, or null.</summary>
    private static int? Bold(string s, int at)
    {
        if (!s.AsSpan(at).StartsWith("**", StringComparison.Ordinal))
        {
            return null;
        }

        for (var j = at + 2; j < s.Length && s[j] != '\n'; j++)
        {
            if (s[j] == '\\' && j + 1 < s.Length && ReplyMarkup.Escapable.Contains(s[j + 1]))
            {
                j++;
            }
            else if (s[j] == '*' && j + 1 < s.Length && s[j + 1] == '*')
            {
                return j > at + 2 ? j + 2 : null;
            }
        }

        return null;
    }

    private static int? Code(string s, int at)
    {
        if (s[at] != '`')
        {
            return null;
        }

        var end = s.IndexOfAny(['`', '\n'], at + 1);
        return end > at + 1 && s[end] == '`' ? end + 1 : null;
    }

    private static (string Label, string Url, int End)? Link(string s, int at)
    {
        if (s[at] != '[')
        {
            return null;
        }

        var close = -1;
        for (var j = at + 1; j < s.Length && s[j] != '\n' && close < 0; j++)
        {
            if (s[j] == '\\' && j + 1 < s.Length && ReplyMarkup.Escapable.Contains(s[j + 1]))
            {
                j++;
            }
            else if (s[j] == '[')
            {
                return null;
            }
            else if (s[j] == ']')
            {
                close = j;
            }
        }

        if (close <= at + 1 || !s.AsSpan(close).StartsWith("](http", StringComparison.Ordinal))
        {
            return null;
        }

        var end = close + 2;
        while (end < s.Length && IsUrlChar(s[end]))
        {
            end++;
        }

        var url = s[(close + 2)..end];
        var linked = end < s.Length && s[end] == ')' && (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal));
        return linked && url.Length > "https://".Length ? (s[(at + 1)..close], url, end + 1) : null;
    }
}
