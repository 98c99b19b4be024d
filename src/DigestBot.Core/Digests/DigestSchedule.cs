using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Quartz;

namespace DigestBot.Digests;

/// <summary>
/// When a channel gets its digest: <c>instant</c>, <c>daily HH:MM</c>, <c>weekdays HH:MM</c>,
/// <c>weekly DAY HH:MM</c>, or a Quartz cron expression (six or seven fields). Times are read in the channel's zone, and
/// may also be written <c>8</c>, <c>8am</c> or <c>6:30 pm</c>; they are shown again as <c>HH:MM</c>.
/// </summary>
public sealed partial record DigestSchedule
{
    public const string Help = "use instant, daily HH:MM, weekdays HH:MM, weekly DAY HH:MM or a Quartz cron expression such as 0 0 8 ? * MON-FRI";

    private static readonly string[] Days = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];
    private static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private DigestSchedule(string text, string? cron)
    {
        Text = text;
        Cron = cron;
    }

    /// <summary>The schedule as the user should see it again (<c>daily 08:00</c>).</summary>
    public string Text { get; }

    /// <summary>The Quartz cron expression; null for <c>instant</c>.</summary>
    public string? Cron { get; }

    public bool IsInstant => Cron is null;

    public static DigestSchedule Instant { get; } = new("instant", null);

    public static bool TryParse(string? text, [NotNullWhen(true)] out DigestSchedule? schedule, [NotNullWhen(false)] out string? error)
    {
        schedule = null;
        error = null;
        var s = Regex.Replace(text ?? string.Empty, @"\s+", " ").Trim();
        var m = Friendly().Match(s);
        if (s.Equals("instant", StringComparison.OrdinalIgnoreCase))
        {
            schedule = Instant;
        }
        else if (m.Success)
        {
            schedule = FromFriendly(m, out error);
        }
        else if (s.Split(' ').Length is 6 or 7 && CronExpression.TryParse(s, out _))
        {
            schedule = new DigestSchedule(s, s);
        }
        else
        {
            error = $"'{s}' is not a schedule: {Help}";
        }

        return schedule is not null;
    }

    /// <summary>
    /// A cron expression in the words <c>schedule set</c> takes when it is one of those forms (<c>0 0 6 ? * MON-FRI</c>
    /// is <c>weekdays 06:00</c>, <c>0 30 8 * * ?</c> <c>daily 08:30</c>, <c>0 0 9 ? * MON</c> <c>weekly MON 09:00</c>);
    /// any other expression as written.
    /// </summary>
    public static string InWords(string cron)
    {
        var m = CronForms().Match(cron.Trim());
        if (!m.Success)
        {
            return cron;
        }

        var (hour, minute) = (int.Parse(m.Groups["h"].Value, provider: null), int.Parse(m.Groups["m"].Value, provider: null));
        if (hour > 23 || minute > 59)
        {
            return cron;
        }

        var time = $"{hour:D2}:{minute:D2}";
        var days = m.Groups["days"].Value.ToUpperInvariant();
        return m.Groups["daily"].Success ? $"daily {time}"
            : days == "MON-FRI" ? $"weekdays {time}"
            : Days.Contains(days) ? $"weekly {days} {time}"
            : cron;
    }

    /// <summary>
    /// A source's polling cron in words: <see cref="InWords"/>'s forms, and the repeating ones sources use
    /// (<c>0 20 0/3 * * ?</c> is <c>every 3 hours at :20</c>, <c>0 0/30 * * * ?</c> <c>every 30 minutes</c>); any other
    /// expression as written.
    /// </summary>
    public static string PollInWords(string cron)
    {
        var words = InWords(cron);
        if (words != cron || Repeating().Match(cron.Trim()) is not { Success: true } m)
        {
            return words;
        }

        var step = int.Parse(m.Groups["step"].Value, provider: null);
        var start = m.Groups["start"].Value == "*" ? 0 : int.Parse(m.Groups["start"].Value, provider: null);
        if (m.Groups["hours"].Success)
        {
            var minute = int.Parse(m.Groups["m"].Value, provider: null);
            return step is > 0 and < 24 && start == 0 && minute < 60 ? $"every {(step == 1 ? "hour" : $"{step} hours")} at :{minute:D2}" : cron;
        }

        return step is > 0 and < 60 && start == 0 ? $"every {(step == 1 ? "minute" : $"{step} minutes")}" : cron;
    }

    /// <summary>The next <paramref name="count"/> fire times after <paramref name="after"/>, in <paramref name="zone"/>.</summary>
    public IReadOnlyList<DateTimeOffset> NextFireTimes(TimeZoneInfo zone, DateTimeOffset after, int count)
    {
        if (Cron is null)
        {
            return [];
        }

        var cron = new CronExpression(Cron, zone);
        var times = new List<DateTimeOffset>();
        for (var t = cron.GetNextValidTimeAfter(after); t is { } next && times.Count < count; t = cron.GetNextValidTimeAfter(next))
        {
            times.Add(TimeZoneInfo.ConvertTime(next, zone));
        }

        return times;
    }

    private static DigestSchedule? FromFriendly(Match m, out string? error)
    {
        error = null;
        if (!TimeOfDay(m, out var hour, out var minute, out error))
        {
            return null;
        }

        var time = $"{hour:D2}:{minute:D2}";
        var kind = m.Groups["kind"].Value.ToLowerInvariant();
        if (kind != "weekly" && m.Groups["day"].Success)
        {
            error = $"{kind} takes no day: {kind} {time}, or weekly {m.Groups["day"].Value} {time}";
            return null;
        }

        if (kind == "weekly")
        {
            var given = m.Groups["day"].Value;
            var day = Days.FirstOrDefault(d => given.Equals(d, StringComparison.OrdinalIgnoreCase)
                || DayNames[Array.IndexOf(Days, d)].Equals(given, StringComparison.OrdinalIgnoreCase));
            if (day is null || !m.Groups["day"].Success)
            {
                error = $"weekly needs a day: weekly MON {time} (MON, TUE, WED, THU, FRI, SAT or SUN)";
                return null;
            }

            return new DigestSchedule($"weekly {day} {time}", $"0 {minute} {hour} ? * {day}");
        }

        return kind == "daily"
            ? new DigestSchedule($"daily {time}", $"0 {minute} {hour} * * ?")
            : new DigestSchedule($"weekdays {time}", $"0 {minute} {hour} ? * MON-FRI");
    }

    /// <summary>
    /// The time of a friendly form: <c>08:30</c>, <c>8:30</c>, <c>8</c> (on the hour), or on a 12-hour clock <c>8am</c>,
    /// <c>8:30 pm</c>, <c>12am</c> (midnight), <c>12pm</c> (noon).
    /// </summary>
    private static bool TimeOfDay(Match m, out int hour, out int minute, [NotNullWhen(false)] out string? error)
    {
        error = null;
        hour = int.Parse(m.Groups["h"].Value, provider: null);
        minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, provider: null) : 0;
        var written = m.Groups["time"].Value;
        if (m.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12 || minute > 59)
            {
                error = $"{written} is not a time of day (on a 12-hour clock, 12am to 11:59pm; or 00:00 to 23:59)";
                return false;
            }

            var pm = char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p';
            hour = (hour % 12) + (pm ? 12 : 0);
            return true;
        }

        if (hour > 23 || minute > 59)
        {
            error = $"{written} is not a time of day (00:00 to 23:59)";
            return false;
        }

        return true;
    }

    [GeneratedRegex(@"^0 (?<m>\d{1,2}) (?<h>\d{1,2}) (?:(?<daily>\* \* \?)|\? \* (?<days>[A-Za-z]{3}(?:-[A-Za-z]{3})?))$")]
    private static partial Regex CronForms();

    /// <summary><c>0 M S/N * * ?</c> (every N hours at minute M) or <c>0 S/N * * * ?</c> (every N minutes); S/N may be */N.</summary>
    [GeneratedRegex(@"^0 (?:(?<m>\d{1,2}) (?<start>\d{1,2}|\*)/(?<step>\d{1,2}) (?<hours>\* \* \?)|(?<start>\d{1,2}|\*)/(?<step>\d{1,2}) \* \* \* \?)$")]
    private static partial Regex Repeating();

    [GeneratedRegex(@"^(?<kind>daily|weekdays|weekly)(?: (?<day>[A-Za-z]+))? (?<time>(?<h>\d{1,2})(?::(?<m>\d{2}))?(?: ?(?<ampm>[ap]\.?m\.?))?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Friendly();
}
