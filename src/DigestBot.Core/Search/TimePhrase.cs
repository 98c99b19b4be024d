using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using DigestBot.QueryLanguage;

namespace DigestBot.Search;

/// <summary>
/// A window written into a question in plain words, read as <c>--since</c> would be and taken out of the words searched
/// for: <c>diffusion papers from this week</c>, <c>agents in the past 3 months</c>, <c>pruning published since 2025</c>,
/// <c>… since June 2026</c>, <c>… since last week</c>, <c>… today</c>, <c>… yesterday</c>; a year or a month that
/// ends, <c>agents in 2025</c>, <c>pruning from June 2025</c> (published within it); and <c>attention before 2018</c>
/// (published before it began). One window only: a question naming two is left as typed.
/// </summary>
public static partial class TimePhrase
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// What <c>search</c> and <c>summary --topic</c> run: with no window given (<paramref name="since"/> null), a question
    /// in plain words that names one is narrowed to its other words and that window; anything else as it is.
    /// </summary>
    /// <returns>
    /// The query to run, the window's first instant (null for <c>before 2018</c>) and, for a year or a month, the instant
    /// it ends (exclusive; null for a window up to now).
    /// </returns>
    public static (SearchQuery Query, DateTimeOffset? Since, DateTimeOffset? Until) Apply(SearchQuery query, DateTimeOffset? since, DateTimeOffset now) =>
        since is null && query.IsFreeText && !query.IsPaperLookup && TryExtract(query.Text, now, out var rest, out var window, out var until)
            && SearchQuery.TryParseSearch(rest, out var narrowed, out _) && narrowed.Words.Count > 0
            ? (narrowed, window, until)
            : (query, since, null);

    /// <summary>
    /// The question without its window (<paramref name="rest"/>) and the window's first instant; false when the
    /// question names no window, names two, names one with no start (<c>before 2018</c>), or is nothing but one.
    /// </summary>
    public static bool TryExtract(string text, DateTimeOffset now, [NotNullWhen(true)] out string? rest, out DateTimeOffset since)
    {
        var found = TryExtract(text, now, out rest, out var start, out _) && start is not null;
        since = start ?? default;
        return found;
    }

    /// <summary>
    /// As the other overload, with a window's start when it has one and the instant a window that ends ends (null for a
    /// window up to now); false when the question names no window, names two, or is nothing but one.
    /// </summary>
    public static bool TryExtract(
        string text, DateTimeOffset now, [NotNullWhen(true)] out string? rest, out DateTimeOffset? since, out DateTimeOffset? until)
    {
        rest = null;
        since = null;
        until = null;
        if (Single(text) is not { } m || Start(m, now) is not { } start)
        {
            return false;
        }

        var left = Spaces().Replace($"{text[..m.Index]} {text[(m.Index + m.Length)..]}", " ").Trim(' ', ',', ';', '?', '.', '!');
        if (left.Length == 0)
        {
            return false;
        }

        // "before 2018": the year's first instant is where the window ends; it has no start.
        rest = left;
        (since, until) = m.Groups["before"].Success ? ((DateTimeOffset?)null, (DateTimeOffset?)start) : (start, End(m, start));
        return true;
    }

    /// <summary>
    /// A window that ends, in the words a reply gives it after "published": <c>in 2025</c>, <c>in June 2025</c>,
    /// <c>before 2018</c>, <c>before June 2025</c>; null when it has no end.
    /// </summary>
    public static string? Within(DateTimeOffset? since, DateTimeOffset? until) => (since, until) switch
    {
        (_, null) => null,
        (null, { } end) when end.Month == 1 && end.Day == 1 => string.Create(CultureInfo.InvariantCulture, $"before {end.Year}"),
        (null, { } end) when end.Day == 1 => string.Create(CultureInfo.InvariantCulture, $"before {end.UtcDateTime:MMMM yyyy}"),
        (null, { } end) => string.Create(CultureInfo.InvariantCulture, $"before {end.UtcDateTime:yyyy-MM-dd}"),
        ({ } from, { } end) when from.Month == 1 && from.Day == 1 && end == from.AddYears(1) => string.Create(CultureInfo.InvariantCulture, $"in {from.Year}"),
        ({ } from, { } end) when from.Day == 1 && end == from.AddMonths(1) => string.Create(CultureInfo.InvariantCulture, $"in {from.UtcDateTime:MMMM yyyy}"),
        ({ } from, { } end) => string.Create(CultureInfo.InvariantCulture, $"from {from.UtcDateTime:yyyy-MM-dd} to {end.AddDays(-1).UtcDateTime:yyyy-MM-dd}"),
    };

    /// <summary>The window a question names, as written (<c>from this week</c>), or null (none, or two).</summary>
    public static string? Window(string text) => Single(text)?.Value;

    /// <summary>
    /// The words of every window the text names, two or more included (such a question is left as typed): its time,
    /// not its topic, so "did you mean" leaves them alone where a small collection has no "week" or "yesterday".
    /// </summary>
    internal static HashSet<string> WindowWords(string text) =>
        Windows(text).SelectMany(m => Spaces().Split(m.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static Match? Single(string text) => Windows(text) is [var m] ? m : null;

    private static List<Match> Windows(string text) =>
        [.. Relative().Matches(text).Concat(Absolute().Matches(text)).Concat(Bounded().Matches(text))];

    /// <summary>The end of a year's or a month's window (<see cref="Bounded"/>), or null for a window that runs to now.</summary>
    private static DateTimeOffset? End(Match m, DateTimeOffset start) =>
        !m.Groups["year"].Success ? null : m.Groups["month"].Success ? start.AddMonths(1) : start.AddYears(1);

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

        // "in 2025": a year that has begun (arXiv's first papers are of 1991); "in 2048 tokens" is no window.
        if (m.Groups["year"].Success && int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture) is var year && (year < 1991 || year > now.Year))
        {
            return null;
        }

        // "since June 2026": from the month's first day (a month goes with a year alone); "in 2025": from the year's.
        var date = m.Groups["year"].Success ? m.Groups["year"].Value : m.Groups["date"].Value;
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

    /// <summary>
    /// <c>(published) in|during|from 2025</c> or <c>… June 2025</c>: a year, or a month of one, that ends; or
    /// <c>before 2018</c>, <c>before June 2025</c>: the papers before it began.
    /// </summary>
    [GeneratedRegex(
        @"(?<![\w-])(?:(?:published|posted|released|appeared)\s+)?(?:in|during|from|(?<before>before))\s+(?:(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+)?(?<year>(?:19|20)\d{2})(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bounded();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
