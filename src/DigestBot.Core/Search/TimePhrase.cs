using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using DigestBot.QueryLanguage;

namespace DigestBot.Search;

/// <summary>
/// A window written into a question in plain words, read as <c>--since</c> would be and taken out of the words searched
/// for: <c>diffusion papers from this week</c>, <c>agents in the past 3 months</c>, <c>pruning published since 2025</c>,
/// <c>… since June 2026</c>, <c>… since last week</c>, <c>… today</c>, <c>… yesterday</c>. One window only: a question naming two is left as typed.
/// </summary>
public static partial class TimePhrase
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// What <c>search</c> and <c>summary --topic</c> run: with no window given (<paramref name="since"/> null), a question
    /// in plain words that names one is narrowed to its other words and that window; anything else as it is.
    /// </summary>
    public static (SearchQuery Query, DateTimeOffset? Since) Apply(SearchQuery query, DateTimeOffset? since, DateTimeOffset now) =>
        since is null && query.IsFreeText && !query.IsPaperLookup && TryExtract(query.Text, now, out var rest, out var window)
            && SearchQuery.TryParseSearch(rest, out var narrowed, out _) && narrowed.Words.Count > 0
            ? (narrowed, window)
            : (query, since);

    /// <summary>
    /// The question without its window (<paramref name="rest"/>) and the window's first instant; false when the
    /// question names no window, names two, or is nothing but one.
    /// </summary>
    public static bool TryExtract(string text, DateTimeOffset now, [NotNullWhen(true)] out string? rest, out DateTimeOffset since)
    {
        rest = null;
        since = default;
        if (Single(text) is not { } m || Start(m, now) is not { } start)
        {
            return false;
        }

        var left = Spaces().Replace($"{text[..m.Index]} {text[(m.Index + m.Length)..]}", " ").Trim(' ', ',', ';', '?', '.', '!');
        if (left.Length == 0)
        {
            return false;
        }

        (rest, since) = (left, start);
        return true;
    }

    /// <summary>The window a question names, as written (<c>from this week</c>), or null (none, or two).</summary>
    public static string? Window(string text) => Single(text)?.Value;

    private static Match? Single(string text) => Relative().Matches(text).Concat(Absolute().Matches(text)).ToList() is [var m] ? m : null;

    private static DateTimeOffset? Start(Match m, DateTimeOffset now)
    {
        if (m.Groups["today"].Success)
        {
            return now.AddDays(-1);
        }

        if (m.Groups["yesterday"].Success)
        {
            return now.AddDays(-2);
        }

        if (m.Groups["unit"].Success)
        {
            return SinceOption.TryParse($"{(m.Groups["n"].Success ? m.Groups["n"].Value : "1")} {m.Groups["unit"].Value}", now);
        }

        // "since June 2026": from the month's first day (a month goes with a year alone).
        var date = m.Groups["date"].Value;
        if (m.Groups["month"].Success)
        {
            var month = Array.IndexOf(Months, m.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
            date = date.Length == 4 ? string.Create(CultureInfo.InvariantCulture, $"{date}-{month:D2}") : null;
        }

        return date is null ? null : SinceOption.TryParse(date, now);
    }

    /// <summary>
    /// <c>(from|in|since|over …) (the) this|past|last (N) day(s)|week(s)|month(s)|year(s)</c>, <c>today</c> (the last day)
    /// or <c>yesterday</c> (the last two).
    /// </summary>
    [GeneratedRegex(
        @"(?<![\w-])(?:(?:published|posted|released|appeared|from|in|since|during|over|within|of|for)\s+)*(?:the\s+)?(?:(?:this|past|last)\s+(?:(?<n>\d{1,4})\s+)?(?<unit>days?|weeks?|months?|years?)|(?<today>today)|(?<yesterday>yesterday))(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    /// <summary><c>(published) since 2025</c>, <c>2025-06</c>, <c>2025-06-01</c> or <c>June 2025</c>.</summary>
    [GeneratedRegex(
        @"(?<![\w-])(?:(?:published|posted|released|appeared)\s+)?since\s+(?:(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+)?(?<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Absolute();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
