using CsCheck;

namespace DigestBot.Tests.PropertyBased;

/// <summary>
/// Runs a property over a fixed number of generated inputs from a fixed seed, so every run tries the same inputs.
/// Each case runs under a hang guard: a case still running after <see cref="HangLimit"/> fails with its input. The
/// limit only catches real hangs; it asserts nothing about speed. Most cases take milliseconds, but the slowest take
/// about 2 s alone (a 1.6 MB mutated snapshot; a query term with several wildcards) and over 10 s on a loaded 2-core
/// machine, so the limit is far above that. A failing input is shrunk (<see cref="Shrinker"/>) before it is
/// reported, so the message holds the smallest input that still fails.
/// </summary>
internal static class Property
{
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    private const string HangPrefix = "still running";

    /// <summary>
    /// Checks <paramref name="property"/> on <paramref name="iterations"/> inputs of <paramref name="gen"/> drawn from
    /// <paramref name="seed"/>. <paramref name="shrink"/> proposes smaller candidates of a failing input.
    /// </summary>
    public static void Check<T>(
        Gen<T> gen,
        Action<T> property,
        int iterations,
        ulong seed,
        Func<T, string> show,
        Func<T, IEnumerable<T>>? shrink = null)
    {
        var pcg = new PCG(7, seed);
        for (var i = 0; i < iterations; i++)
        {
            var input = gen.Generate(pcg, null, out _);
            if (Run(property, input) is not { } failure)
            {
                continue;
            }

            // A hang is reported as found: shrinking it would cost the hang limit per candidate.
            var (smallest, why) = shrink is null || failure.StartsWith(HangPrefix, StringComparison.Ordinal)
                ? (input, failure)
                : Shrinker.Minimise(input, failure, shrink, x => Run(property, x));
            Assert.Fail($"case {i} (seed {seed}) fails: {why}\ninput ({Describe(show(smallest))}): {show(smallest)}");
        }
    }

    /// <summary>Runs one case under the hang guard; the failure's description, or null when it held.</summary>
    public static string? Run<T>(Action<T> property, T input)
    {
        var task = Task.Factory.StartNew(() => property(input), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        // Waiting on the continuation never throws: the case's own exception is read from the task below.
        if (!task.ContinueWith(_ => { }, TaskScheduler.Default).Wait(HangLimit))
        {
            return $"{HangPrefix} after {HangLimit.TotalSeconds:0} s (a hang)";
        }

        return task.Exception?.InnerException is { } e ? $"{e.GetType().Name}: {e.Message}" : null;
    }

    private static string Describe(string shown) => $"{shown.Length} chars as shown";
}
