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
