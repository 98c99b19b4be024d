namespace DigestBot.Digests;

/// <summary>
/// <c>schedule show --json</c>: the fields of the channel's row of <c>status --json</c> (same names and meaning, ids as
/// strings, <c>nextDigest</c> null while paused) but <c>why</c>, and <see cref="NextTimes"/>: the schedule's next three
/// times, which the text lists too, also while paused (none for <c>instant</c> or a schedule that cannot be read).
/// </summary>
public sealed record ScheduleShowResult(
    string Channel,
    string Guild,
    int Watches,
    string Schedule,
    string TimeZone,
    DateTimeOffset? NextDigest,
    bool Paused,
    string? PausedReason,
    int Pending,
    DateTimeOffset? LastDigest,
    string? LastError,
    IReadOnlyList<DateTimeOffset> NextTimes)
{
    public static ScheduleShowResult Of(ChannelStatus status, IReadOnlyList<DateTimeOffset> nextTimes) => new(
        status.Channel,
        status.Guild,
        status.Watches,
        status.Schedule,
        status.TimeZone,
        status.NextDigest,
        status.Paused,
        status.PausedReason,
        status.Pending,
        status.LastDigest,
        status.LastError,
        nextTimes);
}
