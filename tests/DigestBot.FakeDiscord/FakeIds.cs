namespace DigestBot.FakeDiscord;

/// <summary>Snowflakes made from the fake clock, so ids sort by creation time as Discord's do.</summary>
internal sealed class FakeIds(TimeProvider time)
{
    private long _sequence;

    public ulong Next() => FakeSnowflake.At(time.GetUtcNow(), (ulong)Interlocked.Increment(ref _sequence));
}
