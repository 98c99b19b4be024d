using DigestBot.Configuration;
using DigestBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace DigestBot.Maintenance;

/// <summary>Schedules <see cref="RetentionJob"/> daily when <c>Storage:KeepPapers</c> or <c>Storage:KeepDeliveries</c> is set.</summary>
internal sealed class RetentionScheduler(
    ISchedulerFactory schedulers,
    IOptions<StorageOptions> options,
    ILogger<RetentionScheduler> logger) : IHostedService
{
    /// <summary>Every day at 04:15 UTC: after the night's polls of the American and European sources, before most digests.</summary>
    public const string Schedule = "0 15 4 * * ?";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value is { KeepPapers: null, KeepDeliveries: null })
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
            Kept(options.Value.KeepPapers),
            Kept(options.Value.KeepDeliveries));
    }

    private static string Kept(TimeSpan? keep) => keep is { } k ? DurationText.Of(k) : "forever";

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
