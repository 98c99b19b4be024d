using Microsoft.Extensions.Hosting;

namespace DigestBot.Tests.Composition;

/// <summary>A start-up step that writes what happens to it in a shared log, and can be told what to do when started or stopped.</summary>
internal sealed class RecordingStep(string name, List<string> log) : IHostedService
{
    public Func<CancellationToken, Task> OnStart { get; init; } = _ => Task.CompletedTask;

    public Exception? StopFailure { get; init; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        log.Add("start " + name);
        await OnStart(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        log.Add("stop " + name);
        return StopFailure is null ? Task.CompletedTask : Task.FromException(StopFailure);
    }
}
