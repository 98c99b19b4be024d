using System.Globalization;
using System.Text.RegularExpressions;

namespace DigestBot.Citations;

/// <summary>
/// A journal reference split into its parts, when it follows one of the forms arXiv authors and publishers write:
/// "Phys. Rev. B 74, 024520 (2006)", "Int. J. Mod. Phys. B, 26, 1244002 (2012)", the compact SPIRES form
/// "Astrophys.J.647:L1-L4,2006", the year before the pages "Phys. Lett. B 716 (2012) 1-29", or "Journal, Vol.3,
/// No.1, January 2012". Anything else (a conference name, a
/// sentence) is not guessed at: citations keep it whole as a note.
/// </summary>
public sealed partial record JournalRef(string Journal, string? Volume, string? Number, string? Pages, int Year)
{
    public static JournalRef? Parse(string? text)
    {
        var s = text is null ? string.Empty : CitationText.OneLine(text).TrimEnd('.', ' ');
        if (s.Length is 0 or > 300)
        {
            return null;
        }

        if (Spaced().Match(s) is { Success: true } spaced)
        {
            return Build(spaced, number: null, compact: false);
        }

        if (YearFirst().Match(s) is { Success: true } yearFirst)
        {
            return Build(yearFirst, number: null, compact: false);
        }

        if (Spires().Match(s) is { Success: true } spires)
        {
            return Build(spires, number: null, compact: true);
        }

        var issue = Issue().Match(s);
        return issue.Success ? Build(issue, issue.Groups["num"].Value, compact: false) : null;
    }

    private static JournalRef? Build(Match m, string? number, bool compact)
    {
        var year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        var journal = JournalName(m.Groups["journal"].Value, compact);
        if (year is < 1600 or > 2200 || journal.Length < 2 || !journal.Any(char.IsLetter))
        {
            return null;
        }

        var pages = m.Groups["pages"].Success ? m.Groups["pages"].Value : null;
        return new JournalRef(journal, m.Groups["vol"].Value, string.IsNullOrEmpty(number) ? null : number, string.IsNullOrEmpty(pages) ? null : pages, year);
    }

    /// <summary>
    /// The journal name without a trailing comma; in the compact form with the spaces it leaves out ("Astrophys.J." →
    /// "Astrophys. J.", "ActaAstron." → "Acta Astron."). A name written with its spaces ("PeerJ") is left as written.
    /// </summary>
    private static string JournalName(string text, bool compact)
    {
        var name = text.Trim().TrimEnd(',').Trim();
        return compact && !name.Contains(' ', StringComparison.Ordinal) ? CompactGap().Replace(name, "$1 ") : name;
    }

    // Journal, volume, pages and year: "Phys. Rev. B 74, 024520 (2006)", "Int. J. Mod. Phys. B, 26, 1244002 (2012)".
    [GeneratedRegex(@"^(?<journal>[^\d(][^()]*?),?\s+(?<vol>\d{1,5}),\s*(?:p{1,2}\.\s*)?(?<pages>[A-Za-z]?\d+(?:\([A-Z]\))?(?:\s*[-–]+\s*[A-Za-z]?\d+)?)\s*\((?<year>\d{4})\)$")]
    private static partial Regex Spaced();

    // The year before the pages: "Phys. Lett. B 716 (2012) 1-29".
    [GeneratedRegex(@"^(?<journal>[^\d(][^()]*?),?\s+(?<vol>\d{1,5})\s+\((?<year>\d{4})\)\s*,?\s*(?:p{1,2}\.\s*)?(?<pages>[A-Za-z]?\d+(?:\s*[-–]+\s*[A-Za-z]?\d+)?)$")]
    private static partial Regex YearFirst();

    // The compact SPIRES form: "ActaAstron.56:1-50,2006", "Phys.Rev.Lett.96:010401,2006".
    [GeneratedRegex(@"^(?<journal>[A-Za-z][A-Za-z.&\s]*?\.?)\s*(?<vol>\d{1,5}):(?<pages>[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?),\s*(?<year>\d{4})$")]
    private static partial Regex Spires();

    // "International Journal of X (IJX), Vol.3, No.1, January 2012" (pages optional before the date).
    [GeneratedRegex(@"^(?<journal>[^\d][^,]*(?:,[^,\d][^,]*)*?),\s*Vol\.?\s*(?<vol>\d{1,5}),\s*(?:No|Issue)\.?\s*(?<num>\d{1,4})(?:,\s*(?:pp?\.\s*)?(?<pages>\d+(?:\s*[-–]+\s*\d+)?))?,\s*(?:[A-Z][a-z]+\.?\s+)?(?<year>\d{4})$")]
    private static partial Regex Issue();

    [GeneratedRegex(@"(\.|[a-z](?=[A-Z]))(?=[A-Za-z])")]
    private static partial Regex CompactGap();
}
