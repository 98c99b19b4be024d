using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using DigestBot.QueryLanguage;

namespace DigestBot.Search;

/// <summary>
/// A window written into a question in plain words, read as <c>--since</c> would be and taken out of the words searched
/// for: <c>diffusion papers from this week</c>, <c>agents in the past 3 months</c>, <c>pruning published since 2025</c>,
/// <c>… since June 2026</c>, <c>… since last week</c>, <c>… today</c>, <c>… yesterday</c>; a year or a month that
/// ends, <c>agents in 2025</c>, <c>pruning from June 2025</c>, <c>… in June</c> (the last June), or a range of them,
/// <c>… from 2020 to 2023</c>, <c>… between March and June 2026</c> (published within it); <c>attention before 2018</c>
/// (published before it began) and <c>agents after 2025</c> (published since it ended). One window only: a question
/// naming two is left as typed.
/// </summary>
public static partial class TimePhrase
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] FullMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

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
        if (Single(text) is not { } m || Read(m, now) is not { } window)
        {
            return false;
        }

        var left = Spaces().Replace($"{text[..m.Index]} {text[(m.Index + m.Length)..]}", " ").Trim(' ', ',', ';', '?', '.', '!');
        if (left.Length == 0)
        {
            return false;
        }

        rest = left;
        (since, until) = window;
        return true;
    }

    /// <summary>
    /// A window that ends, in the words a reply gives it after "published": <c>in 2025</c>, <c>in June 2025</c>,
    /// <c>from 2020 to 2023</c>, <c>from March 2025 to June 2025</c>, <c>before 2018</c>, <c>before June 2025</c>; null
    /// when it has no end.
    /// </summary>
    public static string? Within(DateTimeOffset? since, DateTimeOffset? until) => (since, until) switch
    {
        (_, null) => null,
        (null, { } end) when end.Month == 1 && end.Day == 1 => string.Create(CultureInfo.InvariantCulture, $"before {end.Year}"),
        (null, { } end) when end.Day == 1 => string.Create(CultureInfo.InvariantCulture, $"before {end.UtcDateTime:MMMM yyyy}"),
        (null, { } end) => string.Create(CultureInfo.InvariantCulture, $"before {end.UtcDateTime:yyyy-MM-dd}"),
        ({ } from, { } end) when from.Month == 1 && from.Day == 1 && end == from.AddYears(1) => string.Create(CultureInfo.InvariantCulture, $"in {from.Year}"),
        ({ } from, { } end) when from.Day == 1 && end == from.AddMonths(1) => string.Create(CultureInfo.InvariantCulture, $"in {from.UtcDateTime:MMMM yyyy}"),
        ({ } from, { } end) when Whole(from, end, years: true) => string.Create(CultureInfo.InvariantCulture, $"from {from.Year} to {end.Year - 1}"),
        ({ } from, { } end) when Whole(from, end, years: false) => string.Create(CultureInfo.InvariantCulture, $"from {from.UtcDateTime:MMMM yyyy} to {end.AddMonths(-1).UtcDateTime:MMMM yyyy}"),
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

    /// <summary>Both instants the first of a month at midnight (of January too when <paramref name="years"/>): whole months, or whole years.</summary>
    private static bool Whole(DateTimeOffset from, DateTimeOffset end, bool years) =>
        from.Day == 1 && end.Day == 1 && from.TimeOfDay == TimeSpan.Zero && end.TimeOfDay == TimeSpan.Zero
        && (!years || (from.Month == 1 && end.Month == 1));

    private static Match? Single(string text) => Windows(text) is [var m] ? m : null;

    /// <summary>
    /// Every window the text names. A window inside a longer one is part of it, not a second window: "from 2020" is
    /// the start of "from 2020 to 2023".
    /// </summary>
    private static List<Match> Windows(string text)
    {
        var all = Range().Matches(text).Concat(Relative().Matches(text)).Concat(Absolute().Matches(text)).Concat(Bounded().Matches(text)).ToList();
        return [.. all.Where((m, i) => !all.Where((n, j) => j != i && n.Index <= m.Index && n.Index + n.Length >= m.Index + m.Length && (n.Length > m.Length || j < i)).Any())];
    }

    /// <summary>The window a match names, its first instant and the instant it ends (each null when it has none), or null when it names none.</summary>
    private static (DateTimeOffset? Since, DateTimeOffset? Until)? Read(Match m, DateTimeOffset now)
    {
        // "today", "yesterday", "the past 3 months", "this year": --since reads them (today the last day, yesterday the last
        // two, this year from 1 January).
        var relative = m.Groups["today"].Success ? m.Groups["today"].Value
            : m.Groups["yesterday"].Success ? m.Groups["yesterday"].Value
            : m.Groups["unit"].Success ? $"{(m.Groups["n"].Success ? m.Groups["n"].Value : m.Groups["this"].Success ? "this" : "1")} {m.Groups["unit"].Value}"
            : null;
        if (relative is not null)
        {
            return SinceOption.TryParse(relative, now) is { } start ? (start, null) : null;
        }

        if (m.Groups["y2"].Success || m.Groups["present"].Success)
        {
            return ReadRange(m, now);
        }

        if (m.Groups["date"].Success && !m.Groups["month"].Success)
        {
            // "since 2025", "since 2025-06-01".
            return SinceOption.TryParse(m.Groups["date"].Value, now) is { } start ? (start, null) : null;
        }

        // "since June 2026", "in 2025", "before March 2021", "after June 2025", "in June": a month or a year.
        if (Period(m.Groups["month"], m.Groups["year"].Success ? m.Groups["year"] : m.Groups["date"], now) is not { } period)
        {
            return null;
        }

        var (first, next) = period;
        return m.Groups["before"].Success ? (null, first)
            : m.Groups["after"].Success ? (next <= now ? (next, null) : null)
            : m.Groups["bounded"].Success ? (first, next)
            : (first, null);
    }

    /// <summary>
    /// "from 2020 to 2023", "between March and June 2025", "2020-2023": from the first instant of the first year or month
    /// to the end of the last ("from 2020 to now", "2024-present": to now), and "in 2025 and 2026" when the second follows
    /// the first; none when the two are out of order, a bare range starts with a month, or "and" is after neither
    /// "between" nor "in" or "during".
    /// </summary>
    private static (DateTimeOffset? Since, DateTimeOffset? Until)? ReadRange(Match m, DateTimeOffset now)
    {
        var lead = m.Groups["lead"].Value.ToLowerInvariant();
        var and = m.Groups["sep"].Value.Equals("and", StringComparison.OrdinalIgnoreCase);

        // "in 2025 and 2026", "during May and June 2026": both, when one follows the other (two apart are two windows).
        var both = and && lead is "in" or "during";
        if ((and && lead != "between" && !both) || (!m.Groups["y1"].Success && lead.Length == 0))
        {
            return null;
        }

        // "from 2020 to now", "2024-present": from its start, a window up to now.
        if (m.Groups["present"].Success)
        {
            return Period(m.Groups["m1"], m.Groups["y1"], now) is { } from ? (from.First, null) : null;
        }

        if (!m.Groups["y1"].Success && !m.Groups["m2"].Success)
        {
            return null;
        }

        if (Period(m.Groups["m2"], m.Groups["y2"], now) is not { } last)
        {
            return null;
        }

        // A first month without its year is in the last one's year, or the year before when it comes later in the year.
        var y1 = m.Groups["y1"].Success ? int.Parse(m.Groups["y1"].ValueSpan, CultureInfo.InvariantCulture)
            : int.Parse(m.Groups["y2"].ValueSpan, CultureInfo.InvariantCulture) - (MonthOf(m.Groups["m1"]) > MonthOf(m.Groups["m2"]) ? 1 : 0);
        return Period(m.Groups["m1"], y1.ToString(CultureInfo.InvariantCulture), now) is { } first && first.First < last.Next
            && (!both || first.Next == last.First)
            ? (first.First, last.Next)
            : null;
    }

    private static (DateTimeOffset First, DateTimeOffset Next)? Period(Group month, Group year, DateTimeOffset now) =>
        year.Success ? Period(month, year.Value, now)
        : !month.Success || !Named(month.Value) ? null
        : Period(month, (MonthOf(month) <= now.Month ? now.Year : now.Year - 1).ToString(CultureInfo.InvariantCulture), now);

    /// <summary>
    /// A month written out, as a month without its year must be: "from Jun Zhu" and "by Jan Peters" name people, and
    /// "since may" is a verb more often than a month ("May" is the month).
    /// </summary>
    private static bool Named(string month) =>
        month != "may" && FullMonths.Contains(month, StringComparer.OrdinalIgnoreCase);

    /// <summary>A year, or a month of it, that has begun and is not before arXiv's first papers (of 1991): "in 2048 tokens" is no window.</summary>
    private static (DateTimeOffset First, DateTimeOffset Next)? Period(Group month, string year, DateTimeOffset now)
    {
        if (year.Length != 4 || int.Parse(year, CultureInfo.InvariantCulture) is var y && (y < 1991 || y > now.Year))
        {
            return null;
        }

        var first = new DateTimeOffset(y, month.Success ? MonthOf(month) : 1, 1, 0, 0, 0, TimeSpan.Zero);
        return first > now ? null : (first, month.Success ? first.AddMonths(1) : first.AddYears(1));
    }

    private static int MonthOf(Group month) =>
        month.Success ? Array.IndexOf(Months, month.Value[..3].ToLowerInvariant()) + 1 : 1;

    /// <summary>
    /// <c>(from|in|since|over …) (the) this|past|last (N) day(s)|week(s)|month(s)|year(s)</c>, <c>today</c> (the last day)
    /// or <c>yesterday</c> (the last two).
    /// </summary>
    [GeneratedRegex(
        @"(?<![\w-])(?:(?:published|posted|released|appeared|from|in|since|during|over|within|of|for)\s+)*(?:the\s+)?(?:(?:(?<this>this)|past|last)\s+(?:(?<n>\d{1,4})\s+)?(?<unit>days?|weeks?|months?|years?)|(?<today>today)|(?<yesterday>yesterday))(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    /// <summary><c>(published) since 2025</c>, <c>2025-06</c>, <c>2025-06-01</c>, <c>June 2025</c> or <c>June</c> (the last June).</summary>
    [GeneratedRegex(
        @"(?<![\w-])(?:(?:published|posted|released|appeared)\s+)?since\s+(?:(?<month>" + MonthNames + @")\.?\s+(?<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)|(?<month>" + MonthNames + @")" + NoName + @"|(?<date>\d{4}(?:-\d{2}(?:-\d{2})?)?))(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Absolute();

    /// <summary>
    /// <c>(published) in|during|from 2025</c>, <c>… June 2025</c> or <c>… June</c> (the last June): a year, or a month of
    /// one, that ends; <c>before 2018</c>, <c>before June 2025</c>: the papers before it began; <c>after 2025</c>,
    /// <c>after June 2025</c>: the papers since it ended.
    /// </summary>
    [GeneratedRegex(
        @"(?<![\w-])(?:(?:published|posted|released|appeared)\s+)?(?:(?<bounded>in|during|from)|(?<before>before)|(?<after>after))\s+(?:(?<month>" + MonthNames + @")\.?\s+(?<year>(?:19|20)\d{2})|(?<month>" + MonthNames + @")" + NoName + @"|(?<year>(?:19|20)\d{2}))(?![\w-])" + NotACount,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bounded();

    /// <summary>
    /// <c>(published) from 2020 to 2023</c>, <c>between 2020 and 2023</c>, <c>in 2020-2023</c>, <c>2020–2023</c>,
    /// <c>from March to June 2025</c>, <c>between June 2025 and March 2026</c>: the papers from the first year or month
    /// to the end of the last; <c>from 2020 to now</c>, <c>2024-present</c>, <c>… to date</c>: since the first.
    /// </summary>
    [GeneratedRegex(
        @"(?<![\w-])(?:(?:published|posted|released|appeared)\s+)?(?:(?<lead>from|between|in|during)\s+)?(?:(?<m1>" + MonthNames + @")\.?(?:\s+(?<y1>(?:19|20)\d{2}))?|(?<y1>(?:19|20)\d{2}))(?:\s+(?<sep>to|until|till|through|thru|and)\s+|\s*[-\u2013\u2014]\s*)(?:(?:(?<m2>" + MonthNames + @")\.?\s+)?(?<y2>(?:19|20)\d{2})|(?<present>now|present|today|date))(?![\w-])" + NotACount,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    /// <summary>
    /// Not a year but a count: "after 2000 steps", "in 2000 iterations" (a number of things a paper's methods count, of
    /// the years a window may name) is left to the words.
    /// </summary>
    private const string NotACount =
        @"(?!\s+(?:steps?|iterations?|epochs?|samples?|examples?|tokens?|images?|documents?|questions?|words?|sentences?|parameters?|params|instances?|points?|nodes?|edges?|features?|dimensions?|layers?|neurons?|units?|frames?|pixels?|classes|labels?|trials?|runs?|episodes?|games?|users?|participants?|patients?|subjects?|gpus?|hours?|minutes?|seconds?|updates?|rollouts?|items?|rows?|queries|languages?|times)\b)";

    /// <summary>
    /// A month without its year is not followed by a capitalised word: "from June Lee" is a name (so "in June LLM papers"
    /// is left to the words too).
    /// </summary>
    private const string NoName = @"(?!\.?\s+(?-i:[A-Z]))";

    private const string MonthNames = SinceOption.MonthNames;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
