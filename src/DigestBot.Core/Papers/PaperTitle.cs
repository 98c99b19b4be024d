using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DigestBot.Papers;

/// <summary>
/// Titles compared across sources: case, accents, LaTeX, punctuation and spacing fold away ("Attention Is All You Need"
/// and "Attention is All you Need." agree), while every word, number and numeral stays ("Part I" is not "Part II").
/// </summary>
public static partial class PaperTitle
{
    private const int MinWords = 3;
    private const int MinLength = 20;

    /// <summary>Notices about a paper: never the paper itself, and alike enough across journals to mislead.</summary>
    private static readonly string[] Notices = ["erratum", "errata", "corrigendum", "correction", "retraction", "retracted", "expression of concern", "reply", "response to", "comment on", "addendum"];

    /// <summary>The comparable form: lower case, accents folded, LaTeX commands and punctuation gone, "&amp;" read as "and".</summary>
    public static string Key(string title)
    {
        var text = Braces().Replace(LatexCommand().Replace(title, " "), string.Empty)
            .Replace("&", " and ", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            key.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', key.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Whether a title says enough to match two records by: several words (an "Editorial" or "Introduction" is no
    /// evidence), and not a notice about another paper (an erratum, a reply).
    /// </summary>
    public static bool IsDistinctive(string key) =>
        key.Length >= MinLength && key.Count(c => c == ' ') + 1 >= MinWords && !Notices.Any(n => key.StartsWith(n, StringComparison.Ordinal));

    [GeneratedRegex(@"\\[A-Za-z]+")]
    private static partial Regex LatexCommand();

    // "\textbf{S}hifted" is "Shifted": braces and math dollars go without leaving a gap.
    [GeneratedRegex(@"[{}$\\]")]
    private static partial Regex Braces();
}
