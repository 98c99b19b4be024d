using System.Globalization;
using System.Text.RegularExpressions;

namespace DigestBot.Search;

/// <summary>
/// The <c>--since</c> date window: a span back from now (<c>7d</c>, <c>2w</c>, <c>6m</c>, <c>1y</c>) or a date
/// (<c>2024-12-01</c>, midnight UTC).
/// </summary>
public static partial class SinceOption
{
    public const string Help = "7d, 2w, 6m, 1y or YYYY-MM-DD";

    /// <summary>
    /// The first instant inside the window; <paramref name="now"/> comes from the bot's clock. Also read as people write
    /// them: <c>2 weeks</c>, <c>3months</c>, <c>last week</c> (and month, year), a month (<c>2026-06</c>, from its
    /// first day) or a year (<c>2025</c>).
    /// </summary>
    public static DateTimeOffset Parse(string text, DateTimeOffset now)
    {
        var s = text.Trim();
        string[] dates = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (DateTime.TryParseExact(s, dates, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            return new DateTimeOffset(date, TimeSpan.Zero);
        }

        var m = Span().Match(s);
        var n = 1;
        if (!m.Success || (m.Groups["n"].Success && (!int.TryParse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture, out n) || n is < 1 or > 1000)))
        {
            throw new FormatException($"--since must be {Help} (got '{text}')");
        }

        return char.ToLowerInvariant(m.Groups["unit"].Value[0]) switch
        {
            'd' => now.AddDays(-n),
            'w' => now.AddDays(-7 * n),
            'm' => now.AddMonths(-n),
            _ => now.AddYears(-n),
        };
    }

    [GeneratedRegex(@"^(?:(?<n>\d{1,4}) ?|last )(?<unit>d|days?|w|weeks?|m|mo|months?|y|years?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Span();
}
