using DigestBot.Digests;
using DigestBot.Scheduling;
using DigestBot.Tests.Support;
using Quartz;

namespace DigestBot.Tests.Digests;

/// <summary>Catch-up after downtime and pausing, over Quartz's trigger API with fixed instants: no waiting.</summary>
public sealed class DigestCatchUpTests : IDisposable
{
    private const ulong Channel = 9;
    private static readonly DateTimeOffset Monday0900 = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private readonly DigestsHarness _bot = new(Monday0900);

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("2026-11-30T07:59:00Z", true)]   // last ran before today's 08:00: today's digest was missed
    [InlineData("2026-11-30T08:00:00Z", false)]  // today's ran
    [InlineData("2026-11-27T08:00:00Z", true)]   // down over the weekend: one catch-up, not three
    public void A_fire_missed_while_down_is_due_once(string lastRun, bool due)
    {
        var cron = new CronExpression("0 0 8 * * ?", TimeZoneInfo.Utc);

        Assert.Equal(due, CronCatchUp.IsDue(cron, DateTimeOffset.Parse(lastRun, System.Globalization.CultureInfo.InvariantCulture), Monday0900));
    }

    [Fact]
    public async Task At_start_up_a_missed_digest_is_triggered_once_besides_the_channels_cron_trigger()
    {
        Save(new ChannelState { Id = Channel, Schedule = "daily 08:00", TimeZone = "UTC", LastRun = Monday0900.AddDays(-3) });

        var triggers = await Start();

        Assert.Equal(2, triggers.Count);
        Assert.Contains(triggers, t => t is ICronTrigger { CronExpressionString: "0 0 8 * * ?" });
    }

    [Fact]
    public async Task A_paused_channel_has_no_trigger_and_a_resumed_one_gets_its_cron_back()
    {
        Save(new ChannelState { Id = Channel, Schedule = "weekdays 09:30", TimeZone = "Europe/Berlin", Paused = true, LastRun = Monday0900 });

        var paused = await Start();
        Save(_bot.Get<ChannelStore>().Get(Channel) with { Paused = false });
        await _bot.Get<DigestScheduler>().RescheduleAsync(Channel, catchUp: false, CancellationToken.None);
        var resumed = await Triggers();

        Assert.Empty(paused);
        var cron = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(resumed));
        Assert.Equal("Europe/Berlin", cron.TimeZone.Id);
    }

    private void Save(ChannelState state) => _bot.Get<ChannelStore>().Save(state);

    private async Task<IReadOnlyCollection<ITrigger>> Start()
    {
        await _bot.Get<DigestScheduler>().StartAsync(CancellationToken.None);
        return await Triggers();
    }

    private async Task<IReadOnlyCollection<ITrigger>> Triggers()
    {
        var scheduler = await _bot.Get<ISchedulerFactory>().GetScheduler();
        return await scheduler.GetTriggersOfJob(DigestJob.KeyFor(Channel));
    }
}
