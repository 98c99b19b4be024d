using System.Globalization;
using DigestBot.Scheduling;
using DigestBot.Watches;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace DigestBot.Digests;

/// <summary>
/// Keeps one Quartz job per channel in step with LiteDB: built at start-up, rebuilt on every schedule change. A fire
/// missed while the bot was down runs once at start-up; failures are retried with doubling back-off.
/// </summary>
public sealed class DigestScheduler(
    ISchedulerFactory schedulers,
    ChannelStore channels,
    WatchStore watches,
    Outbox outbox,
    IOptions<DigestsOptions> options,
    TimeProvider time,
    ILogger<DigestScheduler> logger) : IHostedService
{
    private volatile bool _started;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _started = true;
        var known = channels.All().Select(c => c.Id).Union(watches.Channels());
        foreach (var channel in known)
        {
            await RescheduleAsync(channel, catchUp: true, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Rebuilds the channel's trigger from its stored schedule; a no-op when the bot is not running (CLI).</summary>
    public async Task RescheduleAsync(ulong channelId, bool catchUp, CancellationToken cancellationToken)
    {
        if (!_started)
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var channel = channels.Get(channelId);
        var job = JobBuilder.Create<DigestJob>().WithIdentity(DigestJob.KeyFor(channelId))
            .UsingJobData(DigestJob.ChannelKey, channelId.ToString(CultureInfo.InvariantCulture)).StoreDurably().Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
        await scheduler.UnscheduleJobs([.. (await scheduler.GetTriggersOfJob(job.Key, cancellationToken)).Select(t => t.Key)], cancellationToken);
        if (channel.Paused || channel.Archived)
        {
            return;
        }

        if (!DigestSchedule.TryParse(channel.Schedule, out var schedule, out _))
        {
            logger.LogWarning(
                "Channel {Channel} gets no digest: its stored schedule '{Schedule}' cannot be read ({Error}); set a new one with schedule set",
                channelId,
                channel.Schedule,
                DigestSchedule.Unreadable(channel.Schedule));
            return;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(channel.TimeZone);

        // Instant channels are fired by percolation; the minutely trigger only catches what that missed.
        var cron = new CronExpression(schedule.Cron ?? "0 * * * * ?", zone);
        await scheduler.ScheduleJob(
            TriggerBuilder.Create().WithIdentity($"cron:{channelId}", "digests").ForJob(job.Key).WithCronSchedule(cron).Build(),
            cancellationToken: cancellationToken);
        var missed = schedule.IsInstant
            ? outbox.PendingCount(channelId) > 0
            : channel.LastRun is { } last && CronCatchUp.IsDue(cron, last, time.GetUtcNow());
        if (catchUp && missed)
        {
            logger.LogInformation("Channel {Channel} missed a digest while the bot was down; sending it now", channelId);
            await TriggerNowAsync(channelId, cancellationToken);
        }
    }

    /// <summary>Runs the channel's digest job as soon as possible (instant channels, <c>digest</c> now).</summary>
    public async Task TriggerNowAsync(ulong channelId, CancellationToken cancellationToken)
    {
        if (_started)
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            await scheduler.TriggerJob(DigestJob.KeyFor(channelId), cancellationToken);
        }
    }

    /// <summary>
    /// When a failed channel is tried next: after a doubling delay while it runs, every
    /// <see cref="DigestsOptions.PausedRetryDelay"/> once the bot paused it for failures that may pass; never when a
    /// person paused it or the bot cannot reach the channel.
    /// </summary>
    public static TimeSpan? NextRetry(ChannelState channel, DigestsOptions options) =>
        channel.ConsecutiveFailures == 0 ? null
        : channel.Paused ? (channel.AutoResume ? options.PausedRetryDelay : null)
        : options.RetryDelay * Math.Pow(2, channel.ConsecutiveFailures - 1);

    /// <summary>After a failed run, schedules the next try (see <see cref="NextRetry"/>).</summary>
    public async Task RetryIfFailedAsync(ulong channelId, CancellationToken cancellationToken)
    {
        if (!_started || NextRetry(channels.Get(channelId), options.Value) is not { } delay)
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(
            TriggerBuilder.Create().ForJob(DigestJob.KeyFor(channelId)).StartAt(time.GetUtcNow() + delay).Build(),
            cancellationToken: cancellationToken);
    }
}
