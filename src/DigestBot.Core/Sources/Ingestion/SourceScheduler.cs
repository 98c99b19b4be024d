using DigestBot.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace DigestBot.Sources;

/// <summary>
/// Gives every enabled source its Quartz job and cron trigger at start-up, plus a poll right away when the source
/// has never succeeded or missed a scheduled poll while the bot was down, so a fresh install starts collecting.
/// </summary>
internal sealed class SourceScheduler(
    ISchedulerFactory schedulers,
    IOptions<SourcesOptions> options,
    SourceStateStore states,
    TimeProvider time,
    ILogger<SourceScheduler> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var sources = options.Value;
        if (!sources.Enabled)
        {
            logger.LogInformation("Scheduled polling is off (DigestBot:Sources:Enabled=false)");
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var scheduled = new List<string>();
        var pollingNow = new List<string>();
        foreach (var (name, config) in sources.List)
        {
            if (config.DisabledReason(name) is { } reason)
            {
                logger.LogInformation("Source {Source} is not polled: {Reason}", name, reason);
                continue;
            }

            var zone = TimeZoneInfo.FindSystemTimeZoneById(config.EffectiveTimeZone);
            var cron = new CronExpression(config.EffectiveSchedule, zone);
            var job = JobBuilder.Create<IngestJob>().WithIdentity(IngestJob.KeyFor(name)).UsingJobData(IngestJob.SourceKey, name).Build();
            var triggers = new List<ITrigger>
            {
                TriggerBuilder.Create().WithIdentity($"cron:{name}", "sources").ForJob(job)
                    .WithCronSchedule(config.EffectiveSchedule, b => b.InTimeZone(zone)).Build(),
            };
            if (CronCatchUp.IsDue(cron, states.Get(name).LastSuccess, time.GetUtcNow()))
            {
                triggers.Add(TriggerBuilder.Create().WithIdentity($"now:{name}", "sources").ForJob(job).StartNow().Build());
                pollingNow.Add(name);
            }

            await scheduler.ScheduleJob(job, triggers, ScheduleJobOptions.Replacing, cancellationToken);
            scheduled.Add(name);
            logger.LogDebug("Source {Source} ({Type}) scheduled: {Schedule} {Zone}", name, config.Type, config.EffectiveSchedule, config.EffectiveTimeZone);
        }

        // One line for all of them: the schedules themselves are in the sources command.
        if (scheduled.Count > 0)
        {
            logger.LogInformation(
                "Scheduled {Sources} (the sources command shows when){Now}",
                string.Join(", ", scheduled),
                pollingNow.Count == 0 ? string.Empty : $"; polling {string.Join(", ", pollingNow)} now");
        }
    }

    /// <summary>
    /// A poll under way is interrupted rather than waited for: it may sit in its retry back-off for many seconds,
    /// and Quartz, which lets jobs finish at shutdown (digests must), would hold Ctrl+C that long. An interrupted
    /// poll stores nothing half-done and runs again at the next start.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var name in options.Value.List.Keys)
        {
            try
            {
                await scheduler.Interrupt(IngestJob.KeyFor(name), cancellationToken);
            }
            catch (ObjectDisposedException)
            {
                // The poll ended between Quartz finding it running and cancelling it (its token was gone): nothing is
                // left to stop, and the stop must go on to the other sources and services.
            }
        }
    }
}
