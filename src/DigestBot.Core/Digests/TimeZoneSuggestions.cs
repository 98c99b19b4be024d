namespace DigestBot.Digests;

/// <summary>
/// The IANA time zones a mistyped one may have meant: the same name in another case (<c>europe/berlin</c>), or a
/// zone's city alone (<c>berlin</c>, <c>new york</c>), so a refusal can say "did you mean Europe/Berlin?".
/// </summary>
public static class TimeZoneSuggestions
{
    private const int Most = 3;

    public static IReadOnlyList<string> For(string typed)
    {
        var wanted = Normalise(typed);
        if (wanted.Length == 0)
        {
            return [];
        }

        return [.. TimeZoneInfo.GetSystemTimeZones()
            .Select(z => z.Id)
            .Where(id => id.Contains('/', StringComparison.Ordinal)
                && (Normalise(id) == wanted || Normalise(id[(id.LastIndexOf('/') + 1)..]) == wanted))
            .Order(StringComparer.Ordinal)
            .Take(Most)];
    }

    /// <summary>The refusal's end: " — did you mean Europe/Berlin?", or empty when nothing is close.</summary>
    public static string Hint(string typed) => For(typed) switch
    {
        [] => string.Empty,
        [var one] => $" — did you mean {one}?",
        var several => $" — did you mean one of {string.Join(", ", several)}?",
    };

    private static string Normalise(string name) => name.Trim().Replace(' ', '_').ToUpperInvariant();
}
