using System.Globalization;
using DigestBot.Commands;

namespace DigestBot.Digests;

/// <summary>
/// <c>/schedule set when:</c> suggests schedules while it is typed, each with its next digest in the channel's zone (or
/// the zone given in <c>timezone:</c> or written at the schedule's end), so a member sees what "every monday at 9"
/// means before sending it. What was typed comes first when it reads as a schedule; the common forms that start with it
/// or contain it follow. Nothing a member may type is held back: the command refuses what is not a schedule.
/// </summary>
public sealed class ScheduleAutocomplete(ChannelStore channels, TimeProvider time) : IAutocompleteProvider
{
    private const string Option = "when";

    private static readonly string[] Forms =
        ["weekdays 09:00", "daily 08:00", "weekly MON 09:00", "every Monday and Thursday at 9", "instant", "0 9 * * 1-5"];

    public ValueTask<IReadOnlyList<AutocompleteChoice>> SuggestAsync(
        CommandDefinition command, string focusedOption, IReadOnlyDictionary<string, object> values, CommandOrigin origin, CancellationToken cancellationToken)
    {
        if (command.Name != ScheduleSetCommand.Definition.Name || focusedOption != Option)
        {
            return ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
        }

        var typed = (values.TryGetValue(Option, out var value) ? value as string : null)?.Trim() ?? string.Empty;
        var given = values.TryGetValue("tz", out var tz) && tz is string name && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone : null;
        var now = time.GetUtcNow();
        var choices = new List<AutocompleteChoice>();
        if (typed.Length > 0 && ScheduleSetCommand.TryRead(typed, out var schedule, out var written))
        {
            var shown = schedule.Text.Equals(typed, StringComparison.OrdinalIgnoreCase) ? typed : $"{typed} \u2192 {schedule.Text}";
            choices.Add(AutocompleteChoice.Of($"{shown} \u00B7 {Next(schedule, Zone(written, given, origin), now)}", typed));
        }

        var matching = Forms.Where(f => f.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || f.Contains(typed, StringComparison.OrdinalIgnoreCase)).ToList();
        choices.AddRange((matching.Count > 0 || choices.Count > 0 ? matching : [.. Forms])
            .Where(f => !f.Equals(typed, StringComparison.OrdinalIgnoreCase))
            .Select(f => ScheduleSetCommand.TryRead(f, out var form, out _)
                ? AutocompleteChoice.Of($"{(form.Text == f ? f : $"{f} \u2192 {form.Text}")} \u00B7 {Next(form, Zone(null, given, origin), now)}", f)
                : AutocompleteChoice.Of(f, f)));
        return ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>([.. choices.Take(AutocompleteChoice.MaxPerList)]);
    }

    /// <summary>The zone written into the schedule, else the one given in <c>timezone:</c>, else the channel's.</summary>
    private TimeZoneInfo Zone(string? written, TimeZoneInfo? given, CommandOrigin origin) =>
        written is not null && TimeZoneInfo.TryFindSystemTimeZoneById(written, out var zone) ? zone
        : given ?? ChannelTime.Zone(channels.Get(origin.ChannelId).TimeZone);

    private static string Next(DigestSchedule schedule, TimeZoneInfo zone, DateTimeOffset now) =>
        schedule.IsInstant ? "each match within a minute"
        : schedule.NextFireTimes(zone, now, 1) is [var next] ? $"next {next.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({zone.Id})"
        : "no time ahead";
}
