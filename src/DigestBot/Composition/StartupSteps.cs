using Microsoft.Extensions.Hosting;

namespace DigestBot;

/// <summary>
/// The ordered steps of <see cref="StartupSequence"/>: started one after another, stopped in the reverse order. Apart
/// from the services it names, so what a stop asked for mid-start or a step failing to stop does can be tested with
/// steps of a test's own.
/// </summary>
internal sealed class StartupSteps(IReadOnlyList<IHostedService> steps)
{
    private readonly List<IHostedService> _started = [];

    /// <summary>
    /// Starts each step and tells <paramref name="started"/>. A stop asked for while starting (SIGTERM, a refused token)
    /// ends the start here, not as a failed start: the host goes on to stop, and what was started (the step that was
    /// starting too, as far as it got) is stopped.
    /// </summary>
    public async Task StartAsync(Action<IHostedService> started, CancellationToken cancellationToken)
    {
        foreach (var step in steps)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            _started.Add(step);
            try
            {
                await step.StartAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            started(step);
        }
    }

    /// <summary>
    /// Stops every started step, last first, even when one fails to (as the host does for its own services), and
    /// returns what the steps failed with.
    /// </summary>
    public async Task<IReadOnlyList<Exception>> StopAsync(CancellationToken cancellationToken)
    {
        var failures = new List<Exception>();
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            try
            {
                await _started[i].StopAsync(cancellationToken);
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        }

        _started.Clear();
        return failures;
    }
}
