using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using DigestBot.QueryLanguage;

namespace DigestBot.Search;

/// <summary>
/// A question that asks for the newest papers in words, <c>latest papers on diffusion</c>, <c>agents, newest first</c>,
/// <c>sparse attention sorted by date</c>: read as <c>--sort date</c> when no sort is given, and taken out of the words
/// searched for ("newest" and "first" were searched as words, and "latest" was dropped without ordering anything).
/// </summary>
public static partial class DateOrderPhrase
{
    /// <summary>
    /// What <c>search</c> runs: with no sort given (<paramref name="sort"/> null), a question in plain words that asks for
    /// the newest is narrowed to its other words and sorted by date; anything else as it is.
    /// </summary>
    public static (SearchQuery Query, SearchSort? Sort) Apply(SearchQuery query, SearchSort? sort) =>
        sort is null && query.IsFreeText && !query.IsPaperLookup && TryExtract(query.Text, out var rest)
            && SearchQuery.TryParseSearch(rest, out var narrowed, out _) && narrowed.IsFreeText && narrowed.Words.Count > 0
            ? (narrowed, SearchSort.Date)
            : (query, sort);

    /// <summary>The question without the words that ask for the newest; false when it has none, or is nothing but them.</summary>
    public static bool TryExtract(string text, [NotNullWhen(true)] out string? rest)
    {
        rest = null;
        if (!Newest().IsMatch(text))
        {
            return false;
        }

        var left = Spaces().Replace(Newest().Replace(text, " "), " ").Trim(' ', ',', ';', ':', '?', '.', '!');
        if (left.Length == 0)
        {
            return false;
        }

        rest = left.Replace(" ,", ",", StringComparison.Ordinal);
        return true;
    }

    [GeneratedRegex(
        @"(?<![\w-])(?:(?:sorted|ordered|sort|order)\s+by\s+(?:date|recency)|(?:newest|latest|most\s+recent)(?:\s+first)?|by\s+date)(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Newest();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
