using System.Text;

namespace DigestBot.Commands;

/// <summary>
/// The little markup a <see cref="Reply"/> may carry in <see cref="Reply.Text"/> (of a reply that is not an error),
/// <see cref="Card.Description"/> and <see cref="CardField.Value"/>: <c>**bold**</c>, <c>[label](https://…)</c>,
/// <c>`code`</c> and <c>-# </c> small print at the start of a line. Everything else there is literal; a backslash
/// before <c>\ * ` [ ] -</c> makes that character literal. Titles, field names, footers, button labels and error
/// texts are plain text, never markup.
/// <para>
/// Paper and user text is escaped where it enters markup (<see cref="Escape"/>, or the builders, which escape what
/// they are given), so a title full of <c>**</c> or <c>[x](…)</c> stays text. Each transport renders the parsed
/// spans its own way: Discord escapes the literal text for Discord and keeps the markup; the terminal prints the
/// text bare. The markup itself never needs a transport's escaping.
/// </para>
/// </summary>
public static class ReplyMarkup
{
    /// <summary>Characters a backslash makes literal.</summary>
    internal const string Escapable = "\\*`[]-";

    /// <summary>Plain text as markup that reads exactly as the text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="startsLine">
    /// Whether the text begins a line of the markup: only there can a <c>-</c> start small print. A piece set inside a
    /// line (the gaps between a snippet's highlights) leaves its leading hyphen alone, so "tool-calling" stays as it is.
    /// </param>
    public static string Escape(string text, bool startsLine = true)
    {
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escape = c switch
            {
                '*' or '`' or '[' or ']' => true,
                '-' => i == 0 ? startsLine : text[i - 1] == '\n',

                // A backslash needs doubling only where it would escape what follows (or whatever is appended next).
                '\\' => i + 1 == text.Length || Escapable.Contains(text[i + 1]),
                _ => false,
            };
            result.Append(escape ? "\\" : string.Empty).Append(c);
        }

        return result.ToString();
    }

    /// <summary>Bold text; markup stays on its line, so each line of <paramref name="text"/> is bold on its own.</summary>
    public static string Bold(string text) =>
        string.Join('\n', text.Split('\n').Select(line => string.IsNullOrWhiteSpace(line) ? Escape(line) : $"**{Escape(line)}**"));

    /// <summary>A masked link; only http(s) addresses link (characters markup would trip on are percent-encoded), others give the bare label.</summary>
    public static string Link(string label, string url)
    {
        if (string.IsNullOrWhiteSpace(label) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return Escape(label);
        }

        var address = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(url))
        {
            address.Append(MarkupParser.IsUrlChar((char)b) && b < 0x80 ? ((char)b).ToString() : $"%{b:X2}");
        }

        return $"[{Escape(label)}]({address})";
    }

    /// <summary>Inline code; text that cannot be a code span (a backtick or line break in it, or nothing) is plain text instead.</summary>
    public static string Code(string text) =>
        string.IsNullOrWhiteSpace(text) || text.Contains('`', StringComparison.Ordinal) || text.Contains('\n', StringComparison.Ordinal)
            ? Escape(text)
            : $"`{text}`";

    /// <summary>Markup as spans; anything that does not form markup (a lone <c>**</c>, a link to a non-http address) is text.</summary>
    public static IReadOnlyList<MarkupSpan> Parse(string markup) => MarkupParser.Parse(markup);

    /// <summary>The text a reader sees, markup left out: bold, link labels and code as their text, small print markers dropped.</summary>
    public static string PlainText(string markup) => string.Concat(Parse(markup).Select(s => s.Text));

    /// <summary>Escaped markup text back to the text it stands for (escapes only; no other markup expected).</summary>
    internal static string Unescape(string markup)
    {
        var text = new StringBuilder(markup.Length);
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '\\' && i + 1 < markup.Length && Escapable.Contains(markup[i + 1]))
            {
                i++;
            }

            text.Append(markup[i]);
        }

        return text.ToString();
    }
}
