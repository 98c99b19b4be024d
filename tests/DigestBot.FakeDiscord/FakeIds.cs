namespace DigestBot.FakeDiscord;

/// <summary>Snowflakes made from the fake clock, so ids sort by creation time as Discord's do.</summary>
internal sealed class FakeIds(TimeProvider time)
{
    private static readonly DateTimeOffset DiscordEpoch = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private long _sequence;

    public ulong Next()
    {
        var ms = (ulong)Math.Max(0, (time.GetUtcNow() - DiscordEpoch).TotalMilliseconds);
        return (ms << 22) | ((ulong)Interlocked.Increment(ref _sequence) & 0x3FFFFF);
    }
}
