using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Discord.Tests.Support;

/// <summary>
/// Runs work that waits on a <see cref="FakeTimeProvider"/>: while it is unfinished, the fake clock moves on
/// in small steps, so rate-limit waits and back-offs pass in milliseconds of real time. Assertions are made
/// on the fake clock only.
/// </summary>
public static class ClockPump
{
    public static async Task<T> RunAsync<T>(this FakeTimeProvider clock, Task<T> work, Func<bool>? hold = null)
    {
        await clock.RunAsync((Task)work, hold);
        return await work;
    }

    /// <summary>
    /// Moves the fake clock on in <paramref name="step"/>s until <paramref name="done"/> holds, standing still while
    /// <paramref name="hold"/> does. Bounded by fake time and, as a guard against a hung test, by real time.
    /// </summary>
    public static async Task UntilAsync(this FakeTimeProvider clock, Func<bool> done, Func<bool>? hold = null, TimeSpan? step = null, TimeSpan? limit = null, Task? running = null)
    {
        var started = clock.GetUtcNow();
        var max = limit ?? TimeSpan.FromHours(1);
        var guard = System.Diagnostics.Stopwatch.StartNew();
        while (!done())
        {
            if (running is { IsCompleted: true })
            {
                await running;
                throw new InvalidOperationException("the work under test ended before the condition held");
            }

            if (guard.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("the condition did not hold within the real-time guard");
            }

            await Task.Delay(2);
            if (done() || hold?.Invoke() == true)
            {
                continue;
            }

            if (clock.GetUtcNow() - started > max)
            {
                throw new TimeoutException($"the condition did not hold within {max} of fake time");
            }

            clock.Advance(step ?? TimeSpan.FromMilliseconds(50));
        }
    }

    /// <param name="hold">While true the clock stands still (a server is answering: its time must not jump).</param>
    public static async Task RunAsync(this FakeTimeProvider clock, Task work, Func<bool>? hold = null, TimeSpan? step = null, TimeSpan? limit = null)
    {
        var started = clock.GetUtcNow();
        var max = limit ?? TimeSpan.FromHours(1);
        while (!work.IsCompleted)
        {
            await Task.WhenAny(work, Task.Delay(2));
            if (work.IsCompleted)
            {
                break;
            }

            if (hold?.Invoke() == true)
            {
                continue;
            }

            if (clock.GetUtcNow() - started > max)
            {
                throw new TimeoutException($"still running after {max} of fake time");
            }

            clock.Advance(step ?? TimeSpan.FromMilliseconds(50));
        }

        await work;
    }
}
