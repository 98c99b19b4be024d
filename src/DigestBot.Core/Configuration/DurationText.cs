using System.Globalization;

namespace DigestBot.Configuration;

/// <summary>A configured duration in words, in its largest whole unit: <c>7 days</c>, <c>1 day</c>, <c>12 hours</c>, <c>90 seconds</c>.</summary>
public static class DurationText
{
    public static string Of(TimeSpan duration)
    {
        var (count, unit) = duration.Ticks % TimeSpan.TicksPerDay == 0 ? (duration.TotalDays, "day")
            : duration.Ticks % TimeSpan.TicksPerHour == 0 ? (duration.TotalHours, "hour")
            : duration.Ticks % TimeSpan.TicksPerMinute == 0 ? (duration.TotalMinutes, "minute")
            : (Math.Round(duration.TotalSeconds, 3), "second");
        return string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? string.Empty : "s")}");
    }
}
