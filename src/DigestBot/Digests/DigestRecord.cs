namespace DigestBot.Digests;

/// <summary>A digest as stored before sending: its chunks and which of them have been sent.</summary>
public sealed record DigestRecord
{
    /// <summary><c>{channel}-{n}</c>, the channel's n-th digest; part of the marker a transport can look for in recent messages.</summary>
    public required string Id { get; init; }

    public ulong ChannelId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyList<DigestChunk> Chunks { get; init; } = [];

    public bool Complete => Chunks.All(c => c.SentAt is not null);
}
