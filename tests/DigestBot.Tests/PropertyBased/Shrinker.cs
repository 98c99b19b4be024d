namespace DigestBot.Tests.PropertyBased;

/// <summary>
/// Greedy shrinking: keep taking the first smaller candidate that still fails until none does. Candidates for text
/// and bytes drop halves, then quarters, down to single elements, so a failing megabyte ends as a few characters.
/// </summary>
internal static class Shrinker
{
    private const int MaxSteps = 500;

    public static (T Input, string Failure) Minimise<T>(T input, string failure, Func<T, IEnumerable<T>> candidates, Func<T, string?> run)
    {
        var steps = 0;
        var improved = true;
        while (improved && steps < MaxSteps)
        {
            improved = false;
            foreach (var candidate in candidates(input))
            {
                if (++steps > MaxSteps)
                {
                    break;
                }

                if (run(candidate) is { } stillFails)
                {
                    (input, failure, improved) = (candidate, stillFails, true);
                    break;
                }
            }
        }

        return (input, failure);
    }

    public static IEnumerable<string> Text(string s) => Chunks(s.Length).Select(c => s.Remove(c.Start, c.Length));

    public static IEnumerable<byte[]> Bytes(byte[] b) =>
        Chunks(b.Length).Select(c => (byte[])[.. b.AsSpan(0, c.Start), .. b.AsSpan(c.Start + c.Length)]);

    /// <summary>Spans to remove: halves first, then ever smaller pieces, each position once.</summary>
    private static IEnumerable<(int Start, int Length)> Chunks(int length)
    {
        for (var size = length / 2; size >= 1; size /= 2)
        {
            for (var start = 0; start + size <= length; start += size)
            {
                yield return (start, size);
            }
        }
    }
}
