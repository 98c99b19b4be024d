using DigestBot.Maintenance;
using DigestBot.Papers;
using DigestBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace DigestBot.Tests.Maintenance;

/// <summary>Retention runs daily through the Quartz scheduler, and only when a window is set (the delivery one is by default).</summary>
public sealed class RetentionScheduleTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task With_KeepPapers_a_daily_job_is_scheduled_at_04_15_utc_and_prunes()
    {
        using var bot = new DigestsHarness(Now, ("DigestBot:Storage:KeepPapersDays", "30"));
        bot.Get<PaperStore>().Upsert(TestPapers.Arxiv("2412.00001"));

        await ActivatorUtilities.CreateInstance<RetentionScheduler>(bot.Get<IServiceProvider>()).StartAsync(CancellationToken.None);
        var scheduler = await bot.Get<ISchedulerFactory>().GetScheduler();
        var trigger = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(RetentionJob.Key)));
        await ActivatorUtilities.CreateInstance<RetentionJob>(bot.Get<IServiceProvider>()).Execute(null!, CancellationToken.None);

        Assert.Equal(RetentionScheduler.Schedule, trigger.CronExpressionString);
        Assert.Equal(TimeZoneInfo.Utc, trigger.TimeZone);
        Assert.Equal(
            new DateTimeOffset(2025, 3, 2, 4, 15, 0, TimeSpan.Zero),
            new CronExpression(trigger.CronExpressionString!, trigger.TimeZone).GetNextValidTimeAfter(Now));
        Assert.Equal(0, bot.Get<PaperStore>().Count());
    }

    [Fact]
    public async Task Without_KeepPapers_the_default_delivery_window_still_schedules_it()
    {
        using var bot = new DigestsHarness(Now);

        await ActivatorUtilities.CreateInstance<RetentionScheduler>(bot.Get<IServiceProvider>()).StartAsync(CancellationToken.None);
        var scheduler = await bot.Get<ISchedulerFactory>().GetScheduler();

        Assert.NotNull(await scheduler.GetJobDetail(RetentionJob.Key));
    }

    [Fact]
    public async Task With_both_windows_empty_nothing_is_scheduled()
    {
        using var bot = new DigestsHarness(Now, ("DigestBot:Storage:KeepDeliveriesDays", ""));

        await ActivatorUtilities.CreateInstance<RetentionScheduler>(bot.Get<IServiceProvider>()).StartAsync(CancellationToken.None);
        var scheduler = await bot.Get<ISchedulerFactory>().GetScheduler();

        Assert.Null(await scheduler.GetJobDetail(RetentionJob.Key));
    }
}
