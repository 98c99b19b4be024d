using System.Text.RegularExpressions;

namespace DigestBot.Dashboard;

/// <summary>
/// A command's refusal as a dashboard page shows it. The commands answer in the terminal's terms (a <c>watch:</c>
/// prefix, "see watch list", <c>--since</c>, <c>--about</c>), which are the terminal's and Discord's and stay as they
/// are; a page says the same in its own: no prefix, the watch list the page shows, the Published field, the query's
/// <c>about:</c>. Anything else passes unchanged.
/// </summary>
internal static partial class DashboardWording
{
    private const string WatchPrefix = "watch: ";
    private const string SchedulePrefix = "schedule: ";

    public static string Refusal(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var refusal = text.StartsWith(WatchPrefix, StringComparison.Ordinal) ? text[WatchPrefix.Length..]
            : text.StartsWith(SchedulePrefix, StringComparison.Ordinal) ? text[SchedulePrefix.Length..]
            : text;
        refusal = SeeWatchList().Replace(refusal, ": its watches are listed above, under Watches.");
        refusal = NoQuery().Replace(refusal, "Give a query to watch, such as agents OR planning, or about:\"what the papers are about\".");
        refusal = Since().Replace(
            refusal,
            m => $"Published must be 7d, 2w, 6m or 1y (the last days, weeks, months or years) or a date such as 2024-12-01, not '{m.Groups["got"].Value}': pick one from the list.");

        // A sentence starts with a capital; not a field or an id ("like:2601.00001 is not stored").
        return FirstWord().IsMatch(refusal) ? string.Concat(refusal[..1].ToUpperInvariant(), refusal.AsSpan(1)) : refusal;
    }

    [GeneratedRegex(@" \(see watch list\)$", RegexOptions.CultureInvariant)]
    private static partial Regex SeeWatchList();

    // The command also takes --about "text", which the page has no field for (its query takes about:"…").
    [GeneratedRegex(@"^watch (add: give a query, --about ""text"", or both|edit: give a new query, --about ""text"" or --name)$", RegexOptions.CultureInvariant)]
    private static partial Regex NoQuery();

    [GeneratedRegex(@"^--since must be .+? \(got '(?<got>.*)'\)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Since();

    [GeneratedRegex(@"^[a-z]+[ ,;]", RegexOptions.CultureInvariant)]
    private static partial Regex FirstWord();
}
