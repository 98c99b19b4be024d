using System.Text.RegularExpressions;
using DigestBot.Papers;

namespace DigestBot.Sources;

/// <summary>
/// Splits an author list that a feed gives as one string. arXiv's listing feeds write
/// <c>Forenames Surname [Suffix] (aff1, aff2), Next Author, …</c>: commas inside parentheses belong to the
/// affiliations, so the string is split on <c>", "</c> only outside parentheses.
/// </summary>
internal static partial class CreatorList
{
    /// <summary>arXiv joins names with ", " only; "H1 and ZEUS Collaborations" is one author there.</summary>
    public static readonly string[] ArxivSeparators = [", "];

    /// <summary>Journal feeds also use "; " and a final " and ".</summary>
    public static readonly string[] FeedSeparators = [", ", "; ", " and "];

    public static IReadOnlyList<Author> Parse(string? creators, string[] separators)
    {
        var text = SourceText.Collapse(creators);
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var authors = new List<Author>();
        foreach (var part in PairInitials(SplitOutsideParentheses(text, separators)))
        {
            if (ParseOne(part) is { } author)
            {
                authors.Add(author);
            }
        }

        return authors;
    }

    /// <summary>One author: the name before the first parenthesis, the affiliations inside it.</summary>
    public static Author? ParseOne(string text)
    {
        var s = text.Trim().TrimEnd(',', ';').Trim();
        var open = s.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return s.Length > 0 ? new Author(s) : null;
        }

        var name = s[..open].Trim();
        var close = s.LastIndexOf(')');
        var inside = close > open ? s[(open + 1)..close] : s[(open + 1)..];
        var affiliations = SplitOutsideParentheses(inside, [", "])
            .Select(a => a.Trim())
            .Where(a => a.Length > 0)
            .ToList();
        return name.Length > 0 ? new Author(name, affiliations) : null;
    }

    /// <summary>"Smith, J., Jones, K. L." is two authors written surname first: "J. Smith", "K. L. Jones".</summary>
    private static List<string> PairInitials(List<string> parts)
    {
        if (parts.Count < 2 || parts.Count % 2 != 0)
        {
            return parts;
        }

        for (var i = 1; i < parts.Count; i += 2)
        {
            if (!Initials().IsMatch(parts[i]) || Initials().IsMatch(parts[i - 1]))
            {
                return parts;
            }
        }

        return Enumerable.Range(0, parts.Count / 2).Select(i => $"{parts[(2 * i) + 1].Trim()} {parts[2 * i].Trim()}").ToList();
    }

    /// <summary>
    /// Splits at any of <paramref name="separators"/> where no parenthesis is open. " and " only separates the
    /// last two names ("A, B and C"), which arXiv never writes but journal feeds do.
    /// </summary>
    private static List<string> SplitOutsideParentheses(string text, string[] separators)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && SeparatorAt(text, i, separators) is { } sep)
            {
                parts.Add(text[start..i]);
                start = i + sep.Length;
                i = start - 1;
            }
        }

        parts.Add(text[start..]);
        return parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
    }

    private static string? SeparatorAt(string text, int index, string[] separators)
    {
        foreach (var sep in separators)
        {
            if (string.CompareOrdinal(text, index, sep, 0, sep.Length) == 0)
            {
                return sep;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?:\p{Lu}\.[\s-]?)+\s*$")]
    private static partial Regex Initials();
}
