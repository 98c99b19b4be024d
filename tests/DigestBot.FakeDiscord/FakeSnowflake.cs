namespace DigestBot.FakeDiscord;

/// <summary>
/// Discord's snowflakes: milliseconds since 2015-01-01 in the top 42 bits, worker, process and increment in the low 22.
/// Ids made from a clock read as made at that time, so a client's age check (an interaction older than 3 s cannot be
/// answered) sees them as fresh when the clock says so.
/// </summary>
public static class FakeSnowflake
{
    public static readonly DateTimeOffset DiscordEpoch = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const int TimeShift = 22;
    private const ulong LowBits = (1UL << TimeShift) - 1;

    /// <summary>A snowflake made at <paramref name="at"/>; <paramref name="low"/> fills the low 22 bits, telling apart ids made in one millisecond.</summary>
    public static ulong At(DateTimeOffset at, ulong low = 0) =>
        ((ulong)Math.Max(0, (long)(at - DiscordEpoch).TotalMilliseconds) << TimeShift) | (low & LowBits);

    /// <summary>When a snowflake was made.</summary>
    public static DateTimeOffset Time(ulong id) => DiscordEpoch.AddMilliseconds(id >> TimeShift);

    /// <summary>The low 22 bits: for an id made by <see cref="At"/>, the number it was given.</summary>
    public static ulong Low(ulong id) => id & LowBits;
}
