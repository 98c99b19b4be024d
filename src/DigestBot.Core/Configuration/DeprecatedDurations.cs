using Microsoft.Extensions.Configuration;

namespace DigestBot.Configuration;

/// <summary>Every duration key that was a whole number of seconds or days, and how its value still reaches the options.</summary>
public static class DeprecatedDurations
{
    private static readonly TimeSpan Seconds = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Days = TimeSpan.FromDays(1);

    public static IReadOnlyList<DeprecatedDuration> All { get; } =
    [
        new("DigestBot:Sources:FreshnessDays", "DigestBot:Sources:Freshness", Days),
        new("DigestBot:Summaries:TimeoutSeconds", "DigestBot:Summaries:Timeout", Seconds),
        new("DigestBot:Storage:KeepPapersDays", "DigestBot:Storage:KeepPapers", Days, Optional: true),
        new("DigestBot:Storage:KeepDeliveriesDays", "DigestBot:Storage:KeepDeliveries", Days, Optional: true),
        new("DigestBot:Discord:NonceWindowSeconds", "DigestBot:Discord:NonceWindow", Seconds),
        new("DigestBot:Discord:Http:MaxClockSkewSeconds", "DigestBot:Discord:Http:MaxClockSkew", Seconds),
        .. new[] { "Search", "Summary", "WatchTest", "Digest" }.SelectMany(command => new DeprecatedDuration[]
        {
            new($"DigestBot:Cooldowns:{command}:UserSeconds", $"DigestBot:Cooldowns:{command}:PerUser", Seconds),
            new($"DigestBot:Cooldowns:{command}:ChannelSeconds", $"DigestBot:Cooldowns:{command}:PerChannel", Seconds),
        }),
    ];

    /// <summary>The deprecated keys of <paramref name="section"/> in use, as the values of their new keys (relative to the section).</summary>
    public static Dictionary<string, string?> Translated(IConfiguration configuration, string section) =>
        All.Where(d => d.OldKey.StartsWith(section + ":", StringComparison.Ordinal))
            .Select(d => (Key: d.NewKey[(section.Length + 1)..], Value: d.Translated(configuration)))
            .Where(d => d.Value is not null)
            .ToDictionary(d => d.Key, d => d.Value);

    /// <summary>The problems of the deprecated keys of <paramref name="section"/>: each must still be a whole number.</summary>
    public static IEnumerable<string> Problems(IConfiguration configuration, string section) =>
        All.Where(d => d.OldKey.StartsWith(section + ":", StringComparison.Ordinal) && configuration[d.OldKey] is not null)
            .Select(d => ConfigurationValueText.Problem(configuration[d.OldKey]!, d.Optional ? typeof(int?) : typeof(int)) is { } problem
                ? $"{ConfigurationCheck.Key(d.OldKey)}: {problem}"
                : null)
            .OfType<string>();

    /// <summary>The deprecated keys set anywhere in <paramref name="configuration"/>.</summary>
    public static IEnumerable<DeprecatedDuration> InUse(IConfiguration configuration) => All.Where(d => configuration[d.OldKey] is not null);
}
