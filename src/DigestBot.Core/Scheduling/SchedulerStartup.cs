using Microsoft.Extensions.Hosting;
using Quartz;

namespace DigestBot.Scheduling;

/// <summary>
/// Starts the Quartz scheduler (a start-up step: jobs scheduled before it wait until then) and shuts it down, waiting
/// for running jobs: a digest half sent is finished, a poll was already interrupted by its own scheduler.
/// </summary>
internal sealed class SchedulerStartup(ISchedulerFactory schedulers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.Start(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
    }
}
