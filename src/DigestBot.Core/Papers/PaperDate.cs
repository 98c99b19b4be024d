using System.Globalization;

namespace DigestBot.Papers;

/// <summary>
/// A date as precise as its source: <see cref="Start"/> is the first instant of the period the source named (the day,
/// month or year, UTC), <see cref="Precision"/> how long that period is. A year-only date is the year 2021, never
/// 2021-01-01: it shows as "2021", is cited with 2021, and counts as recent only as far as its whole year can.
/// </summary>
public readonly record struct PaperDate(DateTimeOffset Start, DatePrecision Precision)
{
    public static PaperDate Day(DateTimeOffset instant) => new(instant, DatePrecision.Day);

    public static PaperDate OfYear(int year) => new(new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero), DatePrecision.Year);

    public static PaperDate OfMonth(int year, int month) => new(new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero), DatePrecision.Month);

    public int Year => Start.UtcDateTime.Year;

    /// <summary>The last instant the date may stand for: the end of its year or month, the instant itself for a day.</summary>
    public DateTimeOffset Latest => Precision switch
    {
        DatePrecision.Year => PeriodStart.AddYears(1).AddTicks(-1),
        DatePrecision.Month => PeriodStart.AddMonths(1).AddTicks(-1),
        _ => Start,
    };

    /// <summary>"2021", "2021-03" or "2021-03-25".</summary>
    public string Display => Precision switch
    {
        DatePrecision.Year => Start.UtcDateTime.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Start.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private DateTimeOffset PeriodStart
    {
        get
        {
            var utc = Start.UtcDateTime;
            return Precision switch
            {
                DatePrecision.Year => new DateTimeOffset(utc.Year, 1, 1, 0, 0, 0, TimeSpan.Zero),
                DatePrecision.Month => new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero),
                _ => Start,
            };
        }
    }

    /// <summary>Whether <paramref name="other"/> lies inside this date's period (a day of 2021 lies inside the year 2021).</summary>
    public bool Contains(PaperDate other) => other.Start >= PeriodStart && other.Latest <= Latest;

    /// <summary>
    /// The date two sightings of one paper agree on: the more precise one when it lies inside the other's period (the
    /// year 2021 and 2021-06-14 give 2021-06-14), else the earlier one (a preprint before its journal version).
    /// </summary>
    public static PaperDate? Merge(PaperDate? a, PaperDate? b)
    {
        if (a is not { } x)
        {
            return b;
        }

        if (b is not { } y)
        {
            return x;
        }

        if (x.Precision != y.Precision && (x.Contains(y) || y.Contains(x)))
        {
            return x.Precision < y.Precision ? x : y;
        }

        return x.Start <= y.Start ? x : y;
    }
}
