using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DigestBot.Commands;

namespace DigestBot.Digests;

/// <summary><c>schedule set WHEN [--tz ZONE]</c>: answers with the next three fire times in the channel's zone.</summary>
public sealed class ScheduleSetCommand(ChannelStore channels, DigestScheduler scheduler, TimeProvider time) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "schedule set",
        "Set when this channel gets its digest",
        [
            new CommandOption("when", DigestSchedule.Forms) { Required = true, Positional = true, Autocomplete = true },
            new CommandOption("tz", "IANA time zone, e.g. Europe/Berlin (default: the channel's, else Digests:TimeZone)")
            {
                DiscordName = "timezone",
                Autocomplete = true,
            },
            ChannelOption.Definition,
        ])
    {
        RequiresManageChannels = true,
        Example = "weekdays 09:00 --tz Europe/Berlin",
        CheckInput = request =>
        {
            var (_, written) = Schedule(request.GetRequiredString("when"));
            if (Given(request, written) is { } zone)
            {
                _ = Zone(zone);
            }
        },
    };

    public async ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var (schedule, written) = Schedule(request.GetRequiredString("when"));
        var channelId = ChannelOption.Resolve(request);
        var zone = Zone(Given(request, written) ?? channels.Get(channelId).TimeZone);

        channels.Update(channelId, c => c with { GuildId = ChannelOption.Guild(request), Schedule = schedule.Text, TimeZone = zone.Id, Paused = false, PausedReason = null });
        await scheduler.RescheduleAsync(channelId, catchUp: false, cancellationToken);
        return Reply.Message(Describe(schedule, zone, time.GetUtcNow()));
    }

    /// <summary>
    /// The schedule, and the time zone written at its end if any: <c>daily 17:00 Europe/Berlin</c> (or <c>… in
    /// Europe/Berlin</c>) is <c>daily 17:00</c> with that zone, as <c>--tz</c> would give it. A last word that is almost a
    /// zone (<c>daily 17:00 Berlin</c>) is refused with the zone it may mean.
    /// </summary>
    private static (DigestSchedule Schedule, string? Zone) Schedule(string text)
    {
        if (DigestSchedule.TryParse(text, out var schedule, out var error))
        {
            return (schedule, null);
        }

        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rest = words.Length < 2 ? []
            : words.Length > 2 && words[^2].Equals("in", StringComparison.OrdinalIgnoreCase) ? words[..^2]
            : words[..^1];
        if (rest.Length > 0 && DigestSchedule.TryParse(string.Join(' ', rest), out var before, out _))
        {
            return TimeZoneInfo.TryFindSystemTimeZoneById(words[^1], out var zone) ? (before, zone.Id) : (before, Zone(words[^1]).Id);
        }

        throw new CommandInputException($"schedule: {error}");
    }

    /// <summary>
    /// The schedule typed and the zone written at its end (null when none is), as <c>schedule set</c> would read them;
    /// false when it would refuse them.
    /// </summary>
    internal static bool TryRead(string text, [NotNullWhen(true)] out DigestSchedule? schedule, out string? zone)
    {
        try
        {
            (schedule, zone) = Schedule(text);
            return true;
        }
        catch (CommandInputException)
        {
            (schedule, zone) = (null, null);
            return false;
        }
    }

    /// <summary>The zone of <c>--tz</c>, else the one written into the schedule; refused when both are given and differ.</summary>
    private static string? Given(CommandRequest request, string? written)
    {
        var option = request.GetString("tz");
        if (option is not null && written is not null && !Zone(option).Id.Equals(written, StringComparison.Ordinal))
        {
            throw new CommandInputException($"schedule: two time zones, {written} written in the schedule and {option} given as its time zone: give one");
        }

        return option ?? written;
    }

    private static TimeZoneInfo Zone(string zoneName)
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out var zone))
        {
            return zone;
        }

        var hint = TimeZoneSuggestions.Hint(zoneName);
        throw new CommandInputException(hint.Length > 0
            ? $"schedule: '{zoneName}' is not a known time zone{hint}"
            : $"schedule: '{zoneName}' is not a known time zone (use an IANA name such as Europe/Berlin or America/New_York)");
    }

    /// <summary>The schedule and its next three times.</summary>
    public static string Describe(DigestSchedule schedule, TimeZoneInfo zone, DateTimeOffset now) =>
        Describe(schedule, zone, NextTimes(schedule, zone, now), paused: false);

    /// <summary>The schedule and the times given (<see cref="NextTimes"/>); of a paused channel, the times it would post once resumed.</summary>
    public static string Describe(DigestSchedule schedule, TimeZoneInfo zone, IReadOnlyList<DateTimeOffset> next, bool paused)
    {
        if (schedule.IsInstant)
        {
            return paused
                ? "Digests post within a minute of new matching papers once resumed."
                : "Digests will post within a minute of new matching papers.";
        }

        var times = next.Select(t => t.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        return $"Schedule: {schedule.Described(zone.Id)}. {(paused ? "Next once resumed" : "Next")}: {string.Join(", ", times)}.";
    }

    /// <summary>The schedule's next three times (none for <c>instant</c>), as the reply and <c>schedule show --json</c> list them.</summary>
    public static IReadOnlyList<DateTimeOffset> NextTimes(DigestSchedule schedule, TimeZoneInfo zone, DateTimeOffset now) =>
        schedule.IsInstant ? [] : [.. schedule.NextFireTimes(zone, now, 3)];
}
