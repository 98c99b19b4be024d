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
        var (local, name) = TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found)
            ? (TimeZoneInfo.ConvertTime(at, found), found.Id)
            : (at.ToUniversalTime(), "UTC");
        return $"{local.ToString(format, CultureInfo.InvariantCulture)} {name}";
    }
}
