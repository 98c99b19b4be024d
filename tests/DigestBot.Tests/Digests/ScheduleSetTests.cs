using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Digests;

/// <summary>
/// <c>schedule set</c> with the time zone written at the end of the schedule, as people type it into Discord's
/// <c>when:</c> (<c>daily 17:00 Europe/Berlin</c>): it was refused as "not a schedule".
/// </summary>
public sealed class ScheduleSetTests : IDisposable
{
    private readonly DigestsHarness _app = new(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("daily 17:00 Europe/Berlin", "Schedule: daily 17:00 (Europe/Berlin). Next: Mon 2026-12-07 17:00,")]
    [InlineData("every weekday at 9am in America/New_York", "Schedule: weekdays 09:00 (America/New_York). Next: Mon 2026-12-07 09:00, Tue 2026-12-08 09:00,")]
    public async Task A_time_zone_at_the_end_of_the_schedule_is_the_channels_zone(string when, string reply)
    {
        var set = await DispatchAsync(("when", when));

        Assert.Equal(ReplyKind.Ok, set.Kind);
        Assert.StartsWith(reply, set.Text, StringComparison.Ordinal);
        var channel = _app.Get<ChannelStore>().Get(0);
        Assert.Equal(when.Split(' ')[^1], channel.TimeZone);
        Assert.DoesNotContain("/", channel.Schedule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_zone_twice_is_one_zone_and_two_zones_are_refused_changing_nothing()
    {
        var same = await DispatchAsync(("when", "daily 17:00 Europe/Berlin"), ("tz", "Europe/Berlin"));
        var two = await DispatchAsync(("when", "daily 08:00 Asia/Tokyo"), ("tz", "Europe/Berlin"));
        var almost = await DispatchAsync(("when", "daily 08:00 Berlin"));

        Assert.Equal(ReplyKind.Ok, same.Kind);
        Assert.Equal("schedule: two time zones, Asia/Tokyo written in the schedule and Europe/Berlin given as its time zone: give one", two.Text);
        Assert.Equal("schedule: 'Berlin' is not a known time zone \u2014 did you mean Europe/Berlin?", almost.Text);
        var channel = _app.Get<ChannelStore>().Get(0);
        Assert.Equal(("daily 17:00", "Europe/Berlin"), (channel.Schedule, channel.TimeZone));
    }

    [Theory]
    [InlineData("twice a day Europe/Berlin")]
    [InlineData("Europe/Berlin")]
    [InlineData("in Europe/Berlin")]
    public async Task A_schedule_that_is_not_one_keeps_its_own_refusal_whatever_its_last_word(string when)
    {
        var reply = await DispatchAsync(("when", when));

        Assert.Equal(ReplyKind.Invalid, reply.Kind);
        Assert.StartsWith($"schedule: '{when}' is not a schedule: use instant", reply.Text, StringComparison.Ordinal);
    }

    private Task<Reply> DispatchAsync(params (string Name, object Value)[] options) =>
        _app.Get<CommandDispatcher>().DispatchAsync("schedule set", options.ToDictionary(o => o.Name, o => o.Value), CommandOrigin.Cli, CancellationToken.None);
}
