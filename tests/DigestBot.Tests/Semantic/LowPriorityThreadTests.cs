using DigestBot.Semantic;

namespace DigestBot.Tests.Semantic;

public sealed class LowPriorityThreadTests
{
    [Fact]
    public async Task Work_runs_on_the_thread_and_disposing_waits_for_the_work_under_way()
    {
        var thread = new LowPriorityThread("test");
        using var started = new ManualResetEventSlim();
        var finished = false;
        var caller = Task.Run(() => thread.Run(() =>
        {
            started.Set();
            Thread.Sleep(200);
            finished = true;
            return Environment.CurrentManagedThreadId;
        }));

        started.Wait();
        thread.Dispose();

        Assert.True(finished, "the model must not be disposed while it runs");
        Assert.NotEqual(Environment.CurrentManagedThreadId, await caller);
    }

    [Fact]
    public void An_exception_of_the_work_reaches_the_caller()
    {
        using var thread = new LowPriorityThread("test");

        var thrown = Assert.Throws<InvalidOperationException>(() => thread.Run<int>(() => throw new InvalidOperationException("broken paper")));

        Assert.Equal("broken paper", thrown.Message);
    }
}
