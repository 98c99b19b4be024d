namespace DigestBot.Digests;

/// <summary>A digest as stored before sending: its chunks and which of them have been sent.</summary>
public sealed record DigestRecord
{
    /// <summary><c>{channel}-{n}</c>, the channel's n-th digest; part of the marker a transport can look for in recent messages.</summary>
    public required string Id { get; init; }

    public ulong ChannelId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyList<DigestChunk> Chunks { get; init; } = [];

    /// <summary>
    /// Where the transport sends the chunks after the first, once it has chosen (a thread's id, or the channel's own
    /// when no thread could be made), so every later chunk, even after a restart, goes to the same place.
    /// </summary>
    public string? OverflowTo { get; init; }

    public bool Complete => Chunks.All(c => c.SentAt is not null);
}
