using System.Collections.Concurrent;

namespace DigestBot.Semantic;

/// <summary>
/// A thread of its own at the lowest CPU priority (<see cref="BackgroundPriority"/>) that runs the model for the
/// background embedding. Only the model runs there: the store reads, the vector writes and the watch matching stay on
/// the caller's normal-priority thread, because a low-priority thread descheduled while it holds a lock (LiteDB's,
/// the vectors') would make ingest and searches wait for it.
/// </summary>
internal sealed class LowPriorityThread : IDisposable
{
    private readonly BlockingCollection<Action> _work = [];
    private readonly TaskCompletionSource<bool> _lowered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Thread _thread;

    public LowPriorityThread(string name)
    {
        _thread = new Thread(Loop) { IsBackground = true, Name = name };
        _thread.Start();
    }

    /// <summary>Whether the thread's priority could be lowered (false elsewhere than Linux, or when refused).</summary>
    public bool Lowered => _lowered.Task.GetAwaiter().GetResult();

    /// <summary>
    /// Runs <paramref name="work"/> on the thread and waits for its result (or its exception), also when cancelled:
    /// the work must see the cancellation itself, since what it uses (the model) must not be disposed under it.
    /// </summary>
    public T Run<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _work.Add(() =>
        {
            try
            {
                done.SetResult(work());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        });
        return done.Task.GetAwaiter().GetResult();
    }

    /// <summary>Ends the thread once its work is done (nothing runs on it after this returns).</summary>
    public void Dispose()
    {
        _work.CompleteAdding();
        _thread.Join();
    }

    private void Loop()
    {
        _lowered.SetResult(BackgroundPriority.LowerCurrentThread());
        foreach (var work in _work.GetConsumingEnumerable())
        {
            work();
        }

        _work.Dispose();
    }
}
