using System.Globalization;

namespace DigestBot.Digests;

/// <summary>A time as a channel's members read it: in the channel's zone, the zone's name after it.</summary>
public static class ChannelTime
{
    /// <summary>
    /// <paramref name="at"/> in <paramref name="zone"/> (an IANA name; UTC when the system does not know it), formatted
    /// and followed by the zone: <c>2026-12-08 09:00 Europe/Berlin</c>.
    /// </summary>
    public static string Format(DateTimeOffset at, string zone, string format)
    {
        var found = Zone(zone);
        return $"{TimeZoneInfo.ConvertTime(at, found).ToString(format, CultureInfo.InvariantCulture)} {found.Id}";
    }

    /// <summary>The zone named, or UTC when the system does not know it.</summary>
    public static TimeZoneInfo Zone(string zone) => TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) ? found : TimeZoneInfo.Utc;
}
