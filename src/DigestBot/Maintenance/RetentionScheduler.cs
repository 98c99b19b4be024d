using DigestBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace DigestBot.Maintenance;

/// <summary>Schedules <see cref="RetentionJob"/> daily when <c>Storage:KeepPapersDays</c> or <c>Storage:KeepDeliveriesDays</c> is set.</summary>
internal sealed class RetentionScheduler(
    ISchedulerFactory schedulers,
    IOptions<StorageOptions> options,
    ILogger<RetentionScheduler> logger) : IHostedService
{
    /// <summary>Every day at 04:15 UTC: after the night's polls of the American and European sources, before most digests.</summary>
    public const string Schedule = "0 15 4 * * ?";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value is { KeepPapersDays: null, KeepDeliveriesDays: null })
        {
            return;
        }

        // Scheduling is quick and in memory; a stop asked for meanwhile (SIGTERM during start-up) must not turn it
        // into a failed start, so the start-up token is not passed on.
        var scheduler = await schedulers.GetScheduler(CancellationToken.None);
        var job = JobBuilder.Create<RetentionJob>().WithIdentity(RetentionJob.Key).Build();
        var trigger = TriggerBuilder.Create().WithIdentity("retention-daily", "maintenance").ForJob(job)
            .WithCronSchedule(Schedule, b => b.InTimeZone(TimeZoneInfo.Utc)).Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, CancellationToken.None);
        logger.LogInformation(
            "Retention: daily at 04:15 UTC; papers are kept {Papers}, sent deliveries and finished digests {Deliveries}",
            Days(options.Value.KeepPapersDays),
            Days(options.Value.KeepDeliveriesDays));
    }

    private static string Days(int? days) => days is { } d ? $"{d} days" : "forever";

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
