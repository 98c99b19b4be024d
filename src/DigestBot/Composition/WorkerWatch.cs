using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot;

/// <summary>
/// What the host does for a <see cref="BackgroundService"/> it starts itself, for the workers <see cref="StartupSequence"/>
/// starts: one that ends with an error is logged, the bot is stopped, and the stop fails with that error (exit 1), so a
/// dead worker is never a bot that looks alive.
/// </summary>
internal sealed class WorkerWatch(IHostApplicationLifetime lifetime, ILogger<WorkerWatch> logger)
{
    private readonly List<Exception> _failures = [];

    public void Watch(IHostedService service)
    {
        if (service is BackgroundService { ExecuteTask: { } task } worker)
        {
            _ = ObserveAsync(worker.GetType().Name, task);
        }
    }

    /// <summary>After stopping: the error a worker died of, or that stopping met (<paramref name="stopping"/>), if any.</summary>
    public void ThrowIfAnyFailed(IReadOnlyList<Exception> stopping)
    {
        List<Exception> all;
        lock (_failures)
        {
            all = [.. _failures, .. stopping];
        }

        if (all.Count == 1)
        {
            ExceptionDispatchInfo.Throw(all[0]);
        }

        if (all.Count > 1)
        {
            throw new AggregateException(all);
        }
    }

    private async Task ObserveAsync(string name, Task task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "{Worker} stopped on an error; stopping the bot", name);
            lock (_failures)
            {
                _failures.Add(e);
            }

            lifetime.StopApplication();
        }
    }
}
