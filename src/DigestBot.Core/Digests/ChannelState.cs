namespace DigestBot.Digests;

/// <summary>A channel's digest settings and health (LiteDB <c>channels</c>, keyed by channel id; 0 is the console).</summary>
public sealed record ChannelState
{
    public ulong Id { get; init; }

    public ulong GuildId { get; init; }

    /// <summary>The schedule as entered (<c>daily 08:00</c>, <c>instant</c> or cron); see <see cref="DigestSchedule"/>.</summary>
    public required string Schedule { get; init; }

    public required string TimeZone { get; init; }

    public bool Paused { get; init; }

    /// <summary>Why the bot paused it (no access, unknown channel); null when a person paused it or it runs.</summary>
    public string? PausedReason { get; init; }

    /// <summary>
    /// Paused by the bot after repeated failures that may pass (Discord down, 5xx): the digest is still tried every
    /// <c>Digests:PausedRetryDelay</c>, and the first success resumes the channel without anyone's help.
    /// </summary>
    public bool AutoResume { get; init; }

    /// <summary>When the digest job last ran for this channel, whether or not it posted (catch-up reads it).</summary>
    public DateTimeOffset? LastRun { get; init; }

    public DateTimeOffset? LastDigestAt { get; init; }

    public string? LastError { get; init; }

    public int ConsecutiveFailures { get; init; }

    public bool Archived { get; init; }
}
