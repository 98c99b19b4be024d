using System.Globalization;
using System.Text.RegularExpressions;
using DigestBot.Commands;

namespace DigestBot.Search;

/// <summary>
/// The <c>--since</c> date window: a span back from now (<c>7d</c>, <c>2w</c>, <c>6m</c>, <c>1y</c>) or a date
/// (<c>2024-12-01</c>, midnight UTC).
/// </summary>
public static partial class SinceOption
{
    public const string Help = "7d, 2w, 6m, 1y or YYYY-MM-DD";

    /// <summary>The months as a pattern: the name written out or its first three letters (<c>Sept</c> too), any case.</summary>
    internal const string MonthNames = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    /// <summary>
    /// The window a command's <c>since</c> option asks for (null without one). A refusal is one line naming the option as
    /// the member wrote it: <c>--since</c>, or <c>since</c> in Discord.
    /// </summary>
    /// <exception cref="CommandInputException">The text is not a window.</exception>
    public static DateTimeOffset? Window(string? text, DateTimeOffset now, bool inDiscord) =>
        text is null ? null
        : TryParse(text, now) ?? throw new CommandInputException($"{(inDiscord ? "since" : "--since")} must be {Help} (got '{text}')");

    /// <summary>The window's first instant (<see cref="TryParse"/>).</summary>
    /// <exception cref="FormatException">The text is not a window.</exception>
    public static DateTimeOffset Parse(string text, DateTimeOffset now) =>
        TryParse(text, now) ?? throw new FormatException($"--since must be {Help} (got '{text}')");

    /// <summary>
    /// The first instant inside the window, or null when the text is none; <paramref name="now"/> comes from the bot's
    /// clock. Also read as people write them, and as a question names them: <c>2 weeks</c>, <c>3months</c>, <c>2 weeks
    /// ago</c>, <c>last week</c> (<c>past</c> too; and month, year: a whole one back from now), <c>this week</c> (from
    /// Monday), <c>this month</c> (from its first), <c>this year</c> (from 1 January), <c>today</c> (the last day),
    /// <c>yesterday</c> (the last two), a month (<c>2026-06</c> or <c>June 2026</c>, from its first day) or a year
    /// (<c>2025</c>).
    /// </summary>
    public static DateTimeOffset? TryParse(string text, DateTimeOffset now)
    {
        var s = text.Trim();
        string[] dates = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (DateTime.TryParseExact(s, dates, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            return new DateTimeOffset(date, TimeSpan.Zero);
        }

        // As a question reads them: today is the last day, yesterday the last two (so that all of yesterday is in).
        if (s.Equals("today", StringComparison.OrdinalIgnoreCase))
        {
            return now.AddDays(-1);
        }

        if (s.Equals("yesterday", StringComparison.OrdinalIgnoreCase))
        {
            return now.AddDays(-2);
        }

        if (MonthYear().Match(s) is { Success: true } named
            && DateTime.TryParseExact($"{named.Groups["month"].Value[..3]} {named.Groups["year"].Value}", "MMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var month))
        {
            return new DateTimeOffset(month, TimeSpan.Zero);
        }

        // "this week" (from Monday), "this month", "this year" (from 1 January): the calendar's, in UTC, where "past" and
        // "last" go back a whole one from now.
        if (This().Match(s) is { Success: true } calendar)
        {
            var day = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
            return char.ToLowerInvariant(calendar.Groups["unit"].Value[0]) switch
            {
                'w' => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
                'm' => day.AddDays(1 - day.Day),
                _ => new DateTimeOffset(day.Year, 1, 1, 0, 0, 0, TimeSpan.Zero),
            };
        }

        var m = Span().Match(s);
        var n = 1;
        if (!m.Success || (m.Groups["n"].Success && (!int.TryParse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture, out n) || n is < 1 or > 1000)))
        {
            return null;
        }

        return char.ToLowerInvariant(m.Groups["unit"].Value[0]) switch
        {
            'd' => now.AddDays(-n),
            'w' => now.AddDays(-7 * n),
            'm' => now.AddMonths(-n),
            _ => now.AddYears(-n),
        };
    }

    [GeneratedRegex(@"^(?:(?<n>\d{1,4}) ?|(?:last|past|this) )(?<unit>d|days?|w|weeks?|m|mo|months?|y|years?)(?: ago)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Span();

    /// <summary><c>this week</c>, <c>this month</c>, <c>this year</c>: the calendar's (<c>this day</c> is the last day, as today).</summary>
    [GeneratedRegex(@"^this (?<unit>weeks?|months?|years?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex This();

    /// <summary><c>June 2026</c>, <c>Jun 2026</c>, <c>Sept. 2025</c>.</summary>
    [GeneratedRegex(@"^(?<month>" + MonthNames + @")\.? (?<year>\d{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();
}
