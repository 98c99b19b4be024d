using DigestBot.Commands;


namespace DigestBot.Digests;

/// <summary>
/// <c>/schedule set timezone:</c> suggests IANA zones containing what was typed ("berl" → Europe/Berlin), names that
/// start with it first; with nothing typed, a handful of common zones.
/// </summary>
public sealed class TimeZoneAutocomplete : IAutocompleteProvider
{
    private static readonly string[] Common =
    [
        "UTC", "Europe/London", "Europe/Paris", "Europe/Berlin", "America/New_York", "America/Chicago", "America/Los_Angeles",
        "America/Sao_Paulo", "Asia/Kolkata", "Asia/Shanghai", "Asia/Tokyo", "Asia/Seoul", "Australia/Sydney",
    ];

    private static readonly Lazy<string[]> Zones = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal) || id == "UTC").Order(StringComparer.Ordinal)]);

    public ValueTask<IReadOnlyList<AutocompleteChoice>> SuggestAsync(
        CommandDefinition command, string focusedOption, IReadOnlyDictionary<string, object> values, CommandOrigin origin, CancellationToken cancellationToken)
    {
        if (command.Name != ScheduleSetCommand.Definition.Name || focusedOption != "tz")
        {
            return ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
        }

        var typed = (values.TryGetValue(focusedOption, out var value) ? value as string : null)?.Trim().Replace(' ', '_') ?? string.Empty;
        var names = typed.Length == 0
            ? Common.Where(z => Zones.Value.Contains(z, StringComparer.Ordinal) || z == "UTC")
            : Zones.Value
                .Where(z => z.Contains(typed, StringComparison.OrdinalIgnoreCase))
                .OrderBy(z => z.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || z.Contains("/" + typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(z => z, StringComparer.Ordinal);
        IReadOnlyList<AutocompleteChoice> choices =
            [.. names.Take(AutocompleteChoice.MaxPerList).Select(z => AutocompleteChoice.Of(z, z))];
        return ValueTask.FromResult(choices);
    }
}
