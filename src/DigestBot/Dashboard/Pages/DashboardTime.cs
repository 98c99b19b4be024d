using System.Globalization;
using DigestBot.Digests;

namespace DigestBot.Dashboard.Pages;

/// <summary>Times as the pages show them: UTC (or a channel's zone) in a <c>time</c> element carrying the exact instant.</summary>
internal static class DashboardTime
{
    public static Html Utc(DateTimeOffset? at) => at is { } t
        ? Html.Of($"<time datetime=\"{t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}\">{t.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC</time>")
        : Html.Of($"<span class=\"muted\">never</span>");

    /// <summary>In the zone named (UTC when the system does not know it), or "never".</summary>
    public static Html InZone(DateTimeOffset? at, string zone) => at is { } t
        ? InZone(t, ChannelTime.Zone(zone))
        : Html.Of($"<span class=\"muted\">never</span>");

    public static Html InZone(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return Html.Of($"<time datetime=\"{at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}\">{local.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({zone.Id})</time>");
    }
}
