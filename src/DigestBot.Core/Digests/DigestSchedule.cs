using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Quartz;

namespace DigestBot.Digests;

/// <summary>
/// When a channel gets its digest: <c>instant</c>, <c>daily HH:MM</c>, <c>weekdays HH:MM</c>,
/// <c>weekly DAY HH:MM</c>, a crontab line (five fields, <c>0 8 * * 1-5</c>, or <c>@daily</c>), or a Quartz cron
/// expression (six or seven fields). Times are read in the channel's zone, and may also be written <c>8</c>,
/// <c>8am</c> or <c>6:30 pm</c>; they are shown again as <c>HH:MM</c>. The friendly forms may also be said as people say
/// them: <c>every day at 9</c>, <c>on weekdays at 9:30</c>, <c>mondays 9am</c>, <c>every Monday and Thursday at 8</c>
/// (<c>weekly MON,THU 08:00</c>). A cron expression is kept as written.
/// </summary>
public sealed partial record DigestSchedule
{
    public const string Help = "use instant, daily HH:MM, weekdays HH:MM, weekly DAY HH:MM, or a cron expression: crontab's five fields (0 8 * * 1-5) or Quartz's six or seven (0 0 8 ? * MON-FRI)";

    /// <summary>The forms in a line short enough for Discord's option description (100 characters).</summary>
    public const string Forms = "instant, daily HH:MM, weekdays HH:MM, weekly DAY HH:MM, or a cron expression (0 8 * * 1-5)";

    /// <summary>crontab's shorthands, as Quartz cron expressions.</summary>
    private static readonly Dictionary<string, string> Shorthands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["@hourly"] = "0 0 * * * ?",
        ["@daily"] = "0 0 0 * * ?",
        ["@midnight"] = "0 0 0 * * ?",
        ["@weekly"] = "0 0 0 ? * SUN",
        ["@monthly"] = "0 0 0 1 * ?",
        ["@yearly"] = "0 0 0 1 1 ?",
        ["@annually"] = "0 0 0 1 1 ?",
    };

    /// <summary>crontab's weekdays by number (0 and 7 are Sunday), as Quartz names them.</summary>
    private static readonly string[] CrontabDays = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    /// <summary>crontab's five fields and their ranges (the weekday field has its own reading, <see cref="Weekdays"/>).</summary>
    private static readonly (string Name, int Min, int Max)[] CrontabFields = [("minute", 0, 59), ("hour", 0, 23), ("day-of-month", 1, 31), ("month", 1, 12)];

    /// <summary>Quartz's six or seven fields and their ranges.</summary>
    private static readonly (string Name, int Min, int Max)[] QuartzFields =
        [("second", 0, 59), ("minute", 0, 59), ("hour", 0, 23), ("day-of-month", 1, 31), ("month", 1, 12), ("weekday", 1, 7), ("year", 1970, 2099)];

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

    /// <summary>
    /// The schedule and its zone as replies show them, <c>daily 08:00 (Europe/Berlin)</c>; a cron expression with the
    /// words it means when it has some, <c>0 9 * * 1-5 (weekdays 09:00, Europe/Berlin)</c>.
    /// </summary>
    public string Described(string zone) => Words is { } words ? $"{Text} ({words}, {zone})" : $"{Text} ({zone})";

    /// <summary>A stored schedule as <see cref="Described"/> shows it; one that cannot be read, as stored.</summary>
    public static string Described(string stored, string zone) =>
        TryParse(stored, out var schedule, out _) ? schedule.Described(zone) : $"{stored} ({zone})";

    /// <summary>
    /// Why a stored schedule cannot be read (<c>its hour field 99 is not 0-23</c>, without the schedule itself, which
    /// the caller shows), or null when it can. A schedule stored before a check that now refuses it gets no trigger.
    /// </summary>
    public static string? Unreadable(string stored) =>
        TryParse(stored, out _, out var error) ? null : error.Replace($"'{stored}' is not a schedule: ", string.Empty, StringComparison.Ordinal);

    /// <summary>What a schedule typed as a cron expression means in <c>schedule set</c>'s words (<c>weekdays 09:00</c>), or null.</summary>
    public string? Words =>
        Cron is { } cron && InWords(cron) is var words && words != cron && !words.Equals(Text, StringComparison.OrdinalIgnoreCase) ? words : null;

    public static bool TryParse(string? text, [NotNullWhen(true)] out DigestSchedule? schedule, [NotNullWhen(false)] out string? error)
    {
        schedule = null;
        error = null;
        var s = Regex.Replace(text ?? string.Empty, @"\s+", " ").Trim();
        var m = Friendly().Match(Phrased(s));
        if (s.Equals("instant", StringComparison.OrdinalIgnoreCase))
        {
            schedule = Instant;
        }
        else if (m.Success)
        {
            schedule = FromFriendly(m, out error);
        }
        else if (s.Split(' ') is { Length: 6 or 7 } quartz && CronSeconds().IsMatch(quartz[0]) && OutOfRange(quartz, QuartzFields) is { } wrong)
        {
            error = $"'{s}' is not a schedule: {wrong}";
        }
        else if (s.Split(' ').Length is 6 or 7 && CronExpression.TryParse(s, out _))
        {
            schedule = new DigestSchedule(s, s);
        }
        else if (Shorthands.TryGetValue(s, out var shorthand))
        {
            schedule = new DigestSchedule(s.ToLowerInvariant(), shorthand);
        }
        else if (s.Split(' ') is { Length: 5 } fields)
        {
            schedule = FromCrontab(s, fields, out error);
        }
        else
        {
            error = $"'{s}' is not a schedule: {Help}";
        }

        return schedule is not null;
    }

    /// <summary>
    /// A crontab line (minute, hour, day of month, month, day of week) as the Quartz expression it means: seconds 0 in
    /// front, the weekdays by name (crontab counts 0 to 7 from Sunday, Quartz 1 to 7), and <c>?</c> for whichever day
    /// field is <c>*</c>. crontab runs when either day field matches if both are given, which Quartz cannot say: refused.
    /// </summary>
    private static DigestSchedule? FromCrontab(string text, string[] fields, out string? error)
    {
        error = null;
        var (dayOfMonth, dayOfWeek) = (fields[2], fields[4]);
        string? weekdays = null;
        if (dayOfWeek != "*" && dayOfWeek != "?" && (weekdays = Weekdays(dayOfWeek)) is null)
        {
            error = $"'{text}' is not a schedule: its weekday field {dayOfWeek} is not 0-7 (0 and 7 are Sunday), SUN-SAT, a list or a range of them";
            return null;
        }

        if (weekdays is not null && dayOfMonth is not ("*" or "?"))
        {
            error = $"'{text}' names both a day of the month and weekdays, which crontab reads as either; give one of them as *";
            return null;
        }

        if (OutOfRange(fields, CrontabFields) is { } wrong)
        {
            error = $"'{text}' is not a schedule: {wrong}";
            return null;
        }

        var cron = weekdays is null
            ? $"0 {fields[0]} {fields[1]} {dayOfMonth} {fields[3]} ?"
            : $"0 {fields[0]} {fields[1]} ? {fields[3]} {weekdays}";
        if (!CronExpression.TryParse(cron, out _))
        {
            error = $"'{text}' is not a schedule: {Help}";
            return null;
        }

        return new DigestSchedule(text, cron);
    }

    /// <summary>The first number of a Quartz cron expression outside its field's range (see <see cref="OutOfRange"/>), or null.</summary>
    internal static string? QuartzOutOfRange(string expression) =>
        OutOfRange(Regex.Replace(expression, @"\s+", " ").Trim().Split(' '), QuartzFields);

    /// <summary>
    /// The first number of a cron line outside its field's range, said as the weekday field's is (<c>its hour field 99
    /// is not 0-23</c>), or null. Quartz refuses most such numbers itself, but not all: it read <c>0 0 99 * * ?</c> as
    /// every hour. Names, <c>*</c>, <c>?</c>, <c>L</c>, <c>W</c> and <c>#</c> forms are left to Quartz.
    /// </summary>
    private static string? OutOfRange(string[] fields, (string Name, int Min, int Max)[] ranges)
    {
        for (var i = 0; i < Math.Min(fields.Length, ranges.Length); i++)
        {
            var (name, min, max) = ranges[i];
            foreach (var part in fields[i].Split(','))
            {
                var (values, step) = part.Split('/') is [var v, var n] ? (v, n) : (part, null);
                foreach (var value in values.Split('-'))
                {
                    if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && (number < min || number > max))
                    {
                        return $"its {name} field {fields[i]} is not {min}-{max}";
                    }
                }

                if (step is not null && int.TryParse(step, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var every) && (every < 1 || every > max))
                {
                    return $"its {name} field {fields[i]} steps by {every}, not 1-{max}";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// crontab's weekday field (<c>1-5</c>, <c>0,6</c>, <c>*/2</c>, <c>mon-fri</c>, <c>7</c>) as Quartz's names,
    /// <c>MON-FRI</c> for Monday to Friday; null when it is none of those.
    /// </summary>
    private static string? Weekdays(string field)
    {
        var days = new SortedSet<int>();
        foreach (var part in field.Split(','))
        {
            var (range, step) = part.Split('/') switch
            {
                [var r] => (r, 1),
                [var r, var n] when int.TryParse(n, out var every) && every > 0 => (r, every),
                _ => (string.Empty, 0),
            };
            var bounds = range == "*" ? ["0", "6"] : range.Split('-');
            if (step == 0 || bounds.Length is not (1 or 2) || !Weekday(bounds[0], out var first) || !Weekday(bounds[^1], out var last))
            {
                return null;
            }

            // A single day with a step runs to the end of the week, as crontab reads 1/2.
            last = bounds.Length == 1 && step > 1 ? 7 : last;
            if (last < first)
            {
                return null;
            }

            for (var day = first; day <= last; day += step)
            {
                days.Add(day % 7);
            }
        }

        // Monday first, Sunday last, as the week reads in the friendly forms.
        var ordered = days.OrderBy(d => (d + 6) % 7).ToList();
        return ordered.SequenceEqual([1, 2, 3, 4, 5]) ? "MON-FRI" : string.Join(',', ordered.Select(d => CrontabDays[d]));
    }

    /// <summary>One crontab weekday: 0 to 7 (0 and 7 Sunday) or its three-letter name.</summary>
    private static bool Weekday(string text, out int day)
    {
        day = Array.FindIndex(CrontabDays, d => d.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (day >= 0)
        {
            return true;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, provider: null, out day) && day <= 7;
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
            var given = m.Groups["day"].Value.Split(',');
            var days = given.Select(g => Days.FirstOrDefault(d => g.Equals(d, StringComparison.OrdinalIgnoreCase)
                || DayNames[Array.IndexOf(Days, d)].Equals(g, StringComparison.OrdinalIgnoreCase))).ToList();
            if (!m.Groups["day"].Success || days.Any(d => d is null))
            {
                error = $"weekly needs a day: weekly MON {time} (MON, TUE, WED, THU, FRI, SAT or SUN)";
                return null;
            }

            // Several days, Monday first: "every Monday and Thursday" is weekly MON,THU; all five working days are weekdays.
            var ordered = Days.Where(days.Contains).ToList();
            return ordered.Count == 7 ? new DigestSchedule($"daily {time}", $"0 {minute} {hour} * * ?")
                : ordered.SequenceEqual(Days[..5]) ? new DigestSchedule($"weekdays {time}", $"0 {minute} {hour} ? * MON-FRI")
                : new DigestSchedule($"weekly {string.Join(',', ordered)} {time}", $"0 {minute} {hour} ? * {string.Join(',', ordered)}");
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

    /// <summary>
    /// A schedule said as people say it, in the friendly forms' words: <c>every day at 9</c> is <c>daily 9</c>, <c>on
    /// weekdays at 9:30</c> <c>weekdays 9:30</c>, <c>mondays 9am</c> and <c>every Monday and Thursday at 8</c> <c>weekly
    /// MON 9am</c> and <c>weekly MON,THU 8</c>. Only the friendly forms read it: a cron line is taken as written.
    /// </summary>
    private static string Phrased(string text)
    {
        var s = AtTime().Replace(text, " ");
        s = EveryDay().Replace(s, "daily");
        s = EveryWeekday().Replace(s, "weekdays");
        return OnDays().Match(s) is { Success: true } m
            ? $"weekly {string.Join(',', m.Groups["d"].Captures.Select(c => c.Value[..3].ToUpperInvariant()).Distinct())}{s[(m.Index + m.Length)..]}"
            : s;
    }

    [GeneratedRegex(@" at (?=\d)", RegexOptions.IgnoreCase)]
    private static partial Regex AtTime();

    [GeneratedRegex(@"^(?:(?:every|each) ?day|everyday)(?= )", RegexOptions.IgnoreCase)]
    private static partial Regex EveryDay();

    [GeneratedRegex(@"^(?:(?:every|each|on) )?weekdays?(?= )", RegexOptions.IgnoreCase)]
    private static partial Regex EveryWeekday();

    /// <summary>A day of the week, its name or its first letters (<c>tue</c>, <c>tues</c>, <c>thurs</c>).</summary>
    private const string DayName = "(?<d>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)";

    /// <summary><c>(weekly (on)|every|each|on) monday(s)</c>, and more days joined by <c>,</c>, <c>and</c> or <c>&amp;</c>.</summary>
    [GeneratedRegex(
        @"^(?:weekly (?:on )?|(?:every|each|on) )?" + DayName + @"s?(?:(?:, ?| and | ?& ?|, and )(?:(?:every|each|on) )?" + DayName + @"s?)*(?= )",
        RegexOptions.IgnoreCase)]
    private static partial Regex OnDays();

    /// <summary>
    /// A Quartz line's first field (seconds): digits, <c>*</c>, <c>/</c>, <c>,</c> and <c>-</c>, so that six words of
    /// prose are not read as a cron line.
    /// </summary>
    [GeneratedRegex(@"^[0-9*/,-]+$")]
    private static partial Regex CronSeconds();

    [GeneratedRegex(@"^0 (?<m>\d{1,2}) (?<h>\d{1,2}) (?:(?<daily>\* \* \?)|\? \* (?<days>[A-Za-z]{3}(?:-[A-Za-z]{3})?))$")]
    private static partial Regex CronForms();

    /// <summary><c>0 M S/N * * ?</c> (every N hours at minute M) or <c>0 S/N * * * ?</c> (every N minutes); S/N may be */N.</summary>
    [GeneratedRegex(@"^0 (?:(?<m>\d{1,2}) (?<start>\d{1,2}|\*)/(?<step>\d{1,2}) (?<hours>\* \* \?)|(?<start>\d{1,2}|\*)/(?<step>\d{1,2}) \* \* \* \?)$")]
    private static partial Regex Repeating();

    [GeneratedRegex(@"^(?<kind>daily|weekdays|weekly)(?: (?<day>[A-Za-z]+(?:,[A-Za-z]+)*))? (?<time>(?<h>\d{1,2})(?::(?<m>\d{2}))?(?: ?(?<ampm>[ap]\.?m\.?))?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Friendly();
}
