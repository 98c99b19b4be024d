using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace DigestBot.Configuration;

/// <summary>
/// A key that held a duration as a whole number of <paramref name="Unit"/>s, replaced by <paramref name="NewKey"/>, a
/// <see cref="TimeSpan"/>. The old key still works, is checked as a whole number, and is named once at start-up as
/// deprecated. When both are set, the one from the stronger source wins (an environment variable over appsettings.json),
/// the new key within one source. <paramref name="Optional"/>: empty means "not set" (keep forever).
/// </summary>
public sealed record DeprecatedDuration(string OldKey, string NewKey, TimeSpan Unit, bool Optional = false)
{
    /// <summary>The old key's value as the new key would be written (null when the old key is not what counts).</summary>
    public string? Translated(IConfiguration configuration)
    {
        if (configuration[OldKey] is not { } value || SourceOf(configuration, OldKey) <= SourceOf(configuration, NewKey))
        {
            return null;
        }

        if (value.Length == 0 || !long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
        {
            return value; // empty (unset), or a mistake the configuration check has already named
        }

        // A count too large for a TimeSpan is the largest one: the options' own validation then says it is too long.
        var ticks = Math.Abs(count) > TimeSpan.MaxValue.Ticks / Unit.Ticks ? Math.Sign(count) * TimeSpan.MaxValue.Ticks : count * Unit.Ticks;
        return TimeSpan.FromTicks(ticks).ToString("c", CultureInfo.InvariantCulture);
    }

    /// <summary>The last (strongest) configuration source that sets <paramref name="key"/>; -1 for none.</summary>
    private static int SourceOf(IConfiguration configuration, string key) => configuration is IConfigurationRoot root
        ? root.Providers.Select((provider, i) => provider.TryGet(key, out _) ? i : -1).DefaultIfEmpty(-1).Max()
        : configuration[key] is null ? -1 : 0;
}
