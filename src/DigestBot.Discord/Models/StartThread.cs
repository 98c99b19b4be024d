namespace DigestBot.Discord.Models;

/// <summary>
/// The body of Start Thread from Message. The thread's id is the message's, so there is one thread per message
/// (a second attempt fails with 160004).
/// </summary>
public sealed record StartThread(string Name)
{
    public const int MaxName = 100;

    /// <summary>Minutes: 60, 1440, 4320 or 10080.</summary>
    public int? AutoArchiveDuration { get; init; }

    public int? RateLimitPerUser { get; init; }
}
