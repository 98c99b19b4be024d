using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DigestBot.Papers;

namespace DigestBot.Citations;

/// <summary>Text helpers shared by the citation styles: ASCII folding for keys, BibTeX escaping, tidy whitespace.</summary>
public static partial class CitationText
{
    /// <summary>Lower-case ASCII letters and digits only: "Ramírez" → "ramirez", "Del Maestro" → "delmaestro".</summary>
    public static string KeyPart(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var folded = c switch
            {
                'ß' => "ss", 'æ' or 'Æ' => "ae", 'œ' or 'Œ' => "oe", 'ø' or 'Ø' => "o", 'ł' or 'Ł' => "l",
                'đ' or 'Đ' => "d", 'þ' or 'Þ' => "th", 'ı' => "i",
                _ => c.ToString(),
            };
            foreach (var f in folded.ToLowerInvariant())
            {
                if (f is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    result.Append(f);
                }
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Backslash-escapes BibTeX's special characters so a value reads literally. One that is already escaped, as arXiv's
    /// TeX titles write them (<c>\$5</c>, <c>50\%</c>), stays as written rather than printing its backslash.
    /// </summary>
    public static string EscapeBibTex(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && IsEscapable(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
                continue;
            }

            result.Append(c switch
            {
                _ when IsEscapable(c) => "\\" + c,
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                '\\' => "\\textbackslash{}",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }

    /// <summary>The characters TeX (and BibTeX) write with a backslash to mean themselves: <c>\$ \&amp; \% \# \_ \{ \}</c>.</summary>
    internal static bool IsEscapable(char c) => c is '&' or '%' or '$' or '#' or '_' or '{' or '}';

    /// <summary>One line: runs of whitespace (arXiv titles wrap) become one space.</summary>
    public static string OneLine(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>
    /// The year of first publication (a year-only date has one too), or null when no source gave a date: a paper is
    /// never cited with the year it happened to be stored.
    /// </summary>
    public static string? Year(PaperDate? published) =>
        published?.Year.ToString("D4", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
