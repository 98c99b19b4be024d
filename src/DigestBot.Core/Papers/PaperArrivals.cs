namespace DigestBot.Papers;

/// <summary>
/// How many papers one source brought that were new to the store on one UTC day: counted when each paper is first
/// stored, so the dashboard's 30-day chart reads 30 days × sources documents instead of every paper of the month.
/// </summary>
public sealed record PaperArrivals
{
    /// <summary><c>{day}|{source}</c>, e.g. <c>2026-12-05|arxiv</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The UTC day, <c>yyyy-MM-dd</c> (sorts and compares as text).</summary>
    public required string Day { get; init; }

    public required string Source { get; init; }

    public int Count { get; init; }
}
