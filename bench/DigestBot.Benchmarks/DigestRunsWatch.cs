using Quartz;

namespace DigestBot.Benchmarks;

/// <summary>
/// Hears every finished digest job run, so the fan-out can wait for the last one without reading every channel from
/// LiteDB twenty times a second (a poll that cost the jobs it was timing a few percent of the CPU). The store stays
/// the judge: the wait ends only when the channels it reads all have their run recorded.
/// </summary>
internal sealed class DigestRunsWatch(int expected) : IJobListener
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _runs;

    public string Name => nameof(DigestRunsWatch);

    /// <summary>Completes once <c>expected</c> digest runs have finished (each records its channel's run before it returns).</summary>
    public Task Reached => _reached.Task;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _runs) >= expected)
        {
            _reached.TrySetResult();
        }

        return ValueTask.CompletedTask;
    }
}
