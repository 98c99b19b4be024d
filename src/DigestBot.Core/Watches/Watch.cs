namespace DigestBot.Watches;

/// <summary>A channel's standing query: new papers matching <see cref="Query"/> go into the channel's digest.</summary>
public sealed record Watch
{
    public const int MaxPerChannel = 25;
    public const int MaxQueryLength = 500;
    public const int MaxNameLength = 50;

    /// <summary>Assigned by LiteDB on insert; what <c>watch remove</c> takes.</summary>
    public int Id { get; init; }

    public ulong GuildId { get; init; }

    public ulong ChannelId { get; init; }

    public required string Name { get; init; }

    public required string Query { get; init; }

    public ulong CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool Muted { get; init; }

    /// <summary>Set when the channel was deleted in Discord: kept for restoring, never matched.</summary>
    public bool Archived { get; init; }
}
