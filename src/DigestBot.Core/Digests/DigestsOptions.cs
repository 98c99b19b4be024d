namespace DigestBot.Digests;

/// <summary><c>DigestBot:Digests</c>: defaults for channel schedules and digest messages.</summary>
public sealed class DigestsOptions
{
    public const string Section = "DigestBot:Digests";

    /// <summary>IANA zone for channels that did not set one.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Schedule of a channel whose first watch is added before it chose one.</summary>
    public string DefaultSchedule { get; set; } = "daily 08:00";

    /// <summary>Most papers in one message (fewer when a message's size budget requires).</summary>
    public int MaxPapersPerMessage { get; set; } = 10;

    /// <summary>Consecutive failed digests after which a channel is paused with the reason recorded.</summary>
    public int PauseAfterFailures { get; set; } = 5;

    /// <summary>First retry delay of a failed digest (doubling per failure).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often a channel the bot paused after failures that may pass is tried again (it resumes on success).</summary>
    public TimeSpan PausedRetryDelay { get; set; } = TimeSpan.FromHours(1);
}
