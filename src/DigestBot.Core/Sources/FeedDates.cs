using System.Globalization;
using System.Text.RegularExpressions;
using DigestBot.Papers;

namespace DigestBot.Sources;

/// <summary>
/// Dates as feeds write them: ISO-8601 (Atom, <c>dc:date</c>, JSON APIs, with or without a time or fraction) and
/// RFC-822 (RSS <c>pubDate</c>, with numeric offsets or the zone names RFC-822 allows). A date without a zone is UTC.
/// </summary>
internal static partial class FeedDates
{
    /// <summary>A date outside these years is a broken field, not a paper.</summary>
    private const int MinYear = 1600;
    private const int MaxYear = 2200;

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        var parsed = TryParseDate(text, out var date);
        value = date.Start;
        return parsed;
    }

    /// <summary>A date with the precision its text has: "2024" is a year, "2024-03" a month, anything longer a day.</summary>
    public static bool TryParseDate(string? text, out PaperDate date)
    {
        date = default;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s) || s.Length > 64)
        {
            return false;
        }

        DateTimeOffset value;
        var parsed = char.IsAsciiDigit(s[0]) && s.Length >= 4 && (s.Length == 4 || s[4] == '-')
            ? TryIso(s, out value)
            : TryRfc822(s, out value);
        if (!parsed || value.Year is < MinYear or > MaxYear)
        {
            return false;
        }

        date = new PaperDate(value, s.Length == 4 ? DatePrecision.Year : s.Length == 7 ? DatePrecision.Month : DatePrecision.Day);
        return true;
    }

    /// <summary>
    /// True when <paramref name="text"/> is absent (value null) or a date; false, with a skip reason naming
    /// <paramref name="field"/> and the bad text, when it is present but unreadable.
    /// </summary>
    public static bool TryOptional(string? text, string field, out DateTimeOffset? value, out string? problem)
    {
        var ok = TryOptionalDate(text, field, out var date, out problem);
        value = date?.Start;
        return ok;
    }

    /// <summary>As <see cref="TryOptional"/>, keeping the precision the text has.</summary>
    public static bool TryOptionalDate(string? text, string field, out PaperDate? date, out string? problem)
    {
        date = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (TryParseDate(text, out var parsed))
        {
            date = parsed;
            return true;
        }

        problem = $"bad date in {field}: {SourceText.Quote(text)}";
        return false;
    }

    /// <summary>Full ISO dates and times, and the partial ones journals use for issues ("2024-03", "2024").</summary>
    private static bool TryIso(string s, out DateTimeOffset value)
    {
        if (s.Length is 4 or 7)
        {
            return DateTimeOffset.TryParseExact(s, s.Length == 4 ? "yyyy" : "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
        }

        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    private static bool TryRfc822(string s, out DateTimeOffset value)
    {
        value = default;
        var m = Rfc822().Match(s);
        if (!m.Success || !TryMonth(m.Groups["mon"].Value, out var month) || !TryOffset(m.Groups["zone"].Value, out var offset))
        {
            return false;
        }

        var year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        if (m.Groups["year"].Length == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }

        var day = int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        var hour = int.Parse(m.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["min"].ValueSpan, CultureInfo.InvariantCulture);
        var second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        if (year is < MinYear or > MaxYear || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        // A leap second (":60") is rounded down rather than refused.
        value = new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), offset);
        return true;
    }

    private static bool TryMonth(string name, out int month)
    {
        month = name.ToLowerInvariant() switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
            _ => 0,
        };
        return month > 0;
    }

    private static bool TryOffset(string zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (zone.Length == 5 && zone[0] is '+' or '-')
        {
            var hours = int.Parse(zone.AsSpan(1, 2), CultureInfo.InvariantCulture);
            var minutes = int.Parse(zone.AsSpan(3, 2), CultureInfo.InvariantCulture);
            if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
            {
                return false;
            }

            offset = new TimeSpan(hours, minutes, 0) * (zone[0] == '-' ? -1 : 1);
            return true;
        }

        int? h = zone.ToUpperInvariant() switch
        {
            "" or "GMT" or "UT" or "UTC" or "Z" => 0,
            "EST" => -5, "EDT" => -4, "CST" => -6, "CDT" => -5,
            "MST" => -7, "MDT" => -6, "PST" => -8, "PDT" => -7,
            _ => null,
        };
        offset = TimeSpan.FromHours(h ?? 0);
        return h is not null;
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s*)?(?<day>\d{1,2})\s+(?<mon>[A-Za-z]{3})[A-Za-z]*\.?\s+(?<year>\d{4}|\d{2})\s+(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?\s*(?<zone>[+-]\d{4}|[A-Za-z]{1,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822();
}
