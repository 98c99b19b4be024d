using DigestBot.Digests;

namespace DigestBot.Tests.Digests;

/// <summary>Fire times as pure functions of fixed instants: no waiting, no clock.</summary>
public class DigestScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("instant", "instant", null)]
    [InlineData("daily 8:05", "daily 08:05", "0 5 8 * * ?")]
    [InlineData("  Weekdays   09:30 ", "weekdays 09:30", "0 30 9 ? * MON-FRI")]
    [InlineData("weekly fri 17:00", "weekly FRI 17:00", "0 0 17 ? * FRI")]
    [InlineData("weekly Monday 07:15", "weekly MON 07:15", "0 15 7 ? * MON")]
    [InlineData("0 0 8 ? * MON-FRI", "0 0 8 ? * MON-FRI", "0 0 8 ? * MON-FRI")]
    [InlineData("0 0 8 ? * MON-FRI 2027", "0 0 8 ? * MON-FRI 2027", "0 0 8 ? * MON-FRI 2027")]
    [InlineData("daily 9", "daily 09:00", "0 0 9 * * ?")]
    [InlineData("daily 9am", "daily 09:00", "0 0 9 * * ?")]
    [InlineData("weekdays 6:30 PM", "weekdays 18:30", "0 30 18 ? * MON-FRI")]
    [InlineData("weekly tue 8:15p.m.", "weekly TUE 20:15", "0 15 20 ? * TUE")]
    [InlineData("daily 12am", "daily 00:00", "0 0 0 * * ?")]
    [InlineData("daily 12 pm", "daily 12:00", "0 0 12 * * ?")]
    [InlineData("0 9 * * 1-5", "0 9 * * 1-5", "0 0 9 ? * MON-FRI")]
    [InlineData("30 8 * * mon-fri", "30 8 * * mon-fri", "0 30 8 ? * MON-FRI")]
    [InlineData("0 18 * * 0,6", "0 18 * * 0,6", "0 0 18 ? * SAT,SUN")]
    [InlineData("0 7 * * 7", "0 7 * * 7", "0 0 7 ? * SUN")]
    [InlineData("0 7 * * */2", "0 7 * * */2", "0 0 7 ? * TUE,THU,SAT,SUN")]
    [InlineData("0 8 * * *", "0 8 * * *", "0 0 8 * * ?")]
    [InlineData("15 6 1 * *", "15 6 1 * *", "0 15 6 1 * ?")]
    [InlineData("*/30 9-17 * * 1-5", "*/30 9-17 * * 1-5", "0 */30 9-17 ? * MON-FRI")]
    [InlineData("0 0 8 * *", "0 0 8 * *", "0 0 0 8 * ?")]
    [InlineData("@daily", "@daily", "0 0 0 * * ?")]
    [InlineData("every day at 9", "daily 09:00", "0 0 9 * * ?")]
    [InlineData("daily at 08:00", "daily 08:00", "0 0 8 * * ?")]
    [InlineData("Everyday 7:30am", "daily 07:30", "0 30 7 * * ?")]
    [InlineData("on weekdays at 9:30", "weekdays 09:30", "0 30 9 ? * MON-FRI")]
    [InlineData("every weekday 18:00", "weekdays 18:00", "0 0 18 ? * MON-FRI")]
    [InlineData("mondays 9am", "weekly MON 09:00", "0 0 9 ? * MON")]
    [InlineData("weekly on Tues at 10:00", "weekly TUE 10:00", "0 0 10 ? * TUE")]
    [InlineData("every Monday and Thursday at 8", "weekly MON,THU 08:00", "0 0 8 ? * MON,THU")]
    [InlineData("fri, mon & wed 17:00", "weekly MON,WED,FRI 17:00", "0 0 17 ? * MON,WED,FRI")]
    [InlineData("weekly MON,THU 08:00", "weekly MON,THU 08:00", "0 0 8 ? * MON,THU")]
    [InlineData("mon, tue, wed, thu and fri at 9", "weekdays 09:00", "0 0 9 ? * MON-FRI")]
    [InlineData(" @WEEKLY ", "@weekly", "0 0 0 ? * SUN")]
    public void Schedules_are_read_into_their_normal_form_and_cron(string text, string normal, string? cron)
    {
        Assert.True(DigestSchedule.TryParse(text, out var schedule, out _));
        Assert.Equal(normal, schedule.Text);
        Assert.Equal(cron, schedule.Cron);
    }

    [Theory]
    [InlineData("hourly", "is not a schedule")]
    [InlineData("daily 25:00", "is not a time of day")]
    [InlineData("daily 8:60", "is not a time of day")]
    [InlineData("daily 13pm", "13pm is not a time of day (on a 12-hour clock, 12am to 11:59pm; or 00:00 to 23:59)")]
    [InlineData("daily 0am", "0am is not a time of day")]
    [InlineData("daily 9:75am", "9:75am is not a time of day")]
    [InlineData("daily 9xm", "is not a schedule")]
    [InlineData("weekly 08:00", "weekly needs a day")]
    [InlineData("weekly funday 08:00", "weekly needs a day")]
    [InlineData("daily MON 08:00", "daily takes no day")]
    [InlineData("every funday at 9", "is not a schedule: use instant")]
    [InlineData("mondays", "is not a schedule: use instant")]
    [InlineData("weekly MON,funday 08:00", "weekly needs a day")]
    [InlineData("every day at 25:00", "25:00 is not a time of day")]
    [InlineData("0 9 1 * 1", "names both a day of the month and weekdays, which crontab reads as either; give one of them as *")]
    [InlineData("0 9 * * 8", "its weekday field 8 is not 0-7 (0 and 7 are Sunday)")]
    [InlineData("0 9 * * 5-1", "its weekday field 5-1 is not")]
    [InlineData("0 9 * * funday", "its weekday field funday is not")]
    [InlineData("61 9 * * *", "'61 9 * * *' is not a schedule: its minute field 61 is not 0-59")]
    [InlineData("0 99 * * *", "its hour field 99 is not 0-23")]
    [InlineData("0 8,99 * * *", "its hour field 8,99 is not 0-23")]
    [InlineData("0 8-30 * * *", "its hour field 8-30 is not 0-23")]
    [InlineData("0 */30 * * *", "its hour field */30 steps by 30, not 1-23")]
    [InlineData("0 8 32 * *", "its day-of-month field 32 is not 1-31")]
    [InlineData("0 8 * 13 *", "its month field 13 is not 1-12")]
    [InlineData("0 0 99 * * ?", "'0 0 99 * * ?' is not a schedule: its hour field 99 is not 0-23")]
    [InlineData("0 0 8 ? * 8", "its weekday field 8 is not 1-7")]
    [InlineData("0 0 8 ? * MON 1969", "its year field 1969 is not 1970-2099")]
    [InlineData("daily at 08:00 and 99 more", "is not a schedule: use instant")]
    [InlineData("0 0 8 *", "is not a schedule")]
    [InlineData("@reboot", "is not a schedule")]
    [InlineData("0 0 8 ? * MON-FRX", "is not a schedule")]
    [InlineData("", "is not a schedule")]
    public void Bad_schedules_are_refused_with_a_message_that_says_what_to_write(string text, string message)
    {
        Assert.False(DigestSchedule.TryParse(text, out _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Daily_times_stay_on_the_wall_clock_across_both_berlin_dst_changes()
    {
        var times = Fire("daily 08:00", At(2026, 3, 27, 12, 0), 4);

        Assert.Equal(["2026-03-28T08:00:00+01:00", "2026-03-29T08:00:00+02:00", "2026-03-30T08:00:00+02:00", "2026-03-31T08:00:00+02:00"], times);
        Assert.Equal(
            ["2026-10-24T08:00:00+02:00", "2026-10-25T08:00:00+01:00"],
            Fire("daily 08:00", At(2026, 10, 23, 12, 0), 2));
    }

    [Fact]
    public void A_time_skipped_by_spring_forward_fires_once_at_the_next_valid_instant()
    {
        // 29 March 2026: Berlin clocks jump from 02:00 to 03:00, so 02:30 does not exist that day.
        var times = Fire("daily 02:30", At(2026, 3, 28, 12, 0), 2);

        Assert.Equal(["2026-03-29T03:00:00+02:00", "2026-03-30T02:30:00+02:00"], times);
    }

    [Fact]
    public void A_time_repeated_by_fall_back_fires_once()
    {
        // 25 October 2026: Berlin clocks go from 03:00 back to 02:00, so 02:30 happens twice; we fire the first.
        var times = Fire("daily 02:30", At(2026, 10, 24, 12, 0), 2);

        Assert.Equal(["2026-10-25T02:30:00+02:00", "2026-10-26T02:30:00+01:00"], times);
    }

    [Fact]
    public void Weekdays_skip_the_weekend_and_cron_day_names_mean_what_they_say()
    {
        // 2026-11-27 is a Friday.
        Assert.Equal(
            ["2026-11-27T09:30:00+01:00", "2026-11-30T09:30:00+01:00", "2026-12-01T09:30:00+01:00"],
            Fire("weekdays 09:30", At(2026, 11, 27, 6, 0), 3));
        Assert.Equal(
            ["2026-11-30T08:00:00+01:00", "2026-12-02T08:00:00+01:00", "2026-12-04T08:00:00+01:00"],
            Fire("0 0 8 ? * MON,WED,FRI", At(2026, 11, 28, 0, 0), 3));
    }

    [Fact]
    public void A_crontab_line_fires_when_cron_would_in_the_channels_zone()
    {
        // 2026-12-04 is a Friday; crontab counts weekdays from Sunday = 0, Quartz from Sunday = 1.
        Assert.Equal(
            ["2026-12-07T09:00:00+01:00", "2026-12-08T09:00:00+01:00", "2026-12-09T09:00:00+01:00"],
            Fire("0 9 * * 1-5", At(2026, 12, 4, 12, 0), 3));
        Assert.Equal(
            ["2026-12-05T18:00:00+01:00", "2026-12-06T18:00:00+01:00", "2026-12-12T18:00:00+01:00"],
            Fire("0 18 * * 0,6", At(2026, 12, 4, 12, 0), 3));
        Assert.Equal(
            ["2026-12-04T12:30:00+01:00", "2026-12-04T13:00:00+01:00"],
            Fire("*/30 9-17 * * 1-5", At(2026, 12, 4, 11, 0), 2));
    }

    [Fact]
    public void Instant_has_no_fire_times()
    {
        Assert.Empty(Fire("instant", At(2026, 11, 27, 0, 0), 3));
    }

    private static DateTimeOffset At(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0 0 6 ? * MON-FRI", "weekdays 06:00")]
    [InlineData("0 30 8 * * ?", "daily 08:30")]
    [InlineData("0 5 9 ? * MON", "weekly MON 09:05")]
    [InlineData("0 0 6 ? * mon-fri", "weekdays 06:00")]
    [InlineData("0 20 0/3 * * ?", "0 20 0/3 * * ?")]
    [InlineData("0 0/30 * * * ?", "0 0/30 * * * ?")]
    [InlineData("0 0 9 ? * SAT-SUN", "0 0 9 ? * SAT-SUN")]
    [InlineData("0 0 25 * * ?", "0 0 25 * * ?")]
    [InlineData("0 0 6 ? * MON-FRI 2027", "0 0 6 ? * MON-FRI 2027")]
    public void A_cron_expression_reads_in_the_words_schedule_set_takes_when_it_is_one_of_those_forms(string cron, string words) =>
        Assert.Equal(words, DigestSchedule.InWords(cron));

    [Theory]
    [InlineData("0 9 * * 1-5", "0 9 * * 1-5 (weekdays 09:00, Europe/Berlin)")]
    [InlineData("0 9 * * mon", "0 9 * * mon (weekly MON 09:00, Europe/Berlin)")]
    [InlineData("@daily", "@daily (daily 00:00, Europe/Berlin)")]
    [InlineData("0 0 8 ? * MON-FRI", "0 0 8 ? * MON-FRI (weekdays 08:00, Europe/Berlin)")]
    [InlineData("weekdays 9am", "weekdays 09:00 (Europe/Berlin)")]
    [InlineData("weekly mon 9:00", "weekly MON 09:00 (Europe/Berlin)")]
    [InlineData("0 18 * * 0,6", "0 18 * * 0,6 (Europe/Berlin)")]
    [InlineData("*/30 9-17 * * 1-5", "*/30 9-17 * * 1-5 (Europe/Berlin)")]
    public void A_schedule_is_shown_as_typed_with_the_words_a_cron_line_means(string text, string shown)
    {
        Assert.True(DigestSchedule.TryParse(text, out var schedule, out _));
        Assert.Equal(shown, schedule.Described("Europe/Berlin"));
    }

    [Theory]
    [InlineData("0 20 0/3 * * ?", "every 3 hours at :20")]
    [InlineData("0 5 */1 * * ?", "every hour at :05")]
    [InlineData("0 0/30 * * * ?", "every 30 minutes")]
    [InlineData("0 */1 * * * ?", "every minute")]
    [InlineData("0 0 6 ? * MON-FRI", "weekdays 06:00")]
    [InlineData("0 20 1/3 * * ?", "0 20 1/3 * * ?")]
    [InlineData("0 20 0/30 * * ?", "0 20 0/30 * * ?")]
    [InlineData("0 0/30 8-18 * * ?", "0 0/30 8-18 * * ?")]
    [InlineData("0 15 10 ? * 6L", "0 15 10 ? * 6L")]
    public void A_polling_cron_reads_in_words_when_it_repeats_plainly_else_as_written(string cron, string words) =>
        Assert.Equal(words, DigestSchedule.PollInWords(cron));

    private static IEnumerable<string> Fire(string text, DateTimeOffset after, int count)
    {
        Assert.True(DigestSchedule.TryParse(text, out var schedule, out _));
        return schedule.NextFireTimes(Berlin, after, count).Select(t => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }
}
