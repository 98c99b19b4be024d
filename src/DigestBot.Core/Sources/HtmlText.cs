using System.Net;
using System.Text.RegularExpressions;

namespace DigestBot.Sources;

/// <summary>Journal feeds put escaped HTML in titles and descriptions; we store and search plain text.</summary>
internal static partial class HtmlText
{
    /// <summary>Tags removed, entities decoded, whitespace collapsed. Text without markup passes unchanged.</summary>
    public static string ToPlain(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var text = html;
        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = ScriptOrStyle().Replace(text, " ");

            // Block ends become spaces so "<p>One</p><p>Two</p>" does not read "OneTwo".
            text = Tag().Replace(text, m => IsInline(m.Groups["name"].Value) ? string.Empty : " ");
        }

        if (text.Contains('&', StringComparison.Ordinal))
        {
            text = WebUtility.HtmlDecode(text);
        }

        return SourceText.Collapse(text) ?? string.Empty;
    }

    private static bool IsInline(string name) => name.ToLowerInvariant() is
        "a" or "b" or "i" or "em" or "strong" or "sub" or "sup" or "span" or "u" or "small" or "code" or "mml:math" or "math";

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    // Only things that look like tags: "a < b" in a title must survive.
    [GeneratedRegex(@"<(?:/?(?<name>[A-Za-z][A-Za-z0-9:-]*)(?:\s[^<>]*)?/?|!--.*?--|!\[CDATA\[.*?\]\])>", RegexOptions.Singleline)]
    private static partial Regex Tag();
}
