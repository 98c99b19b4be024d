namespace DigestBot.Digests;

/// <summary>
/// One paper owed to one channel (the outbox): created by percolation, taken into a digest, marked sent with the
/// digest. Keyed by (channel, paper), so several watches hitting one paper still make one delivery.
/// </summary>
public sealed record Delivery
{
    public required string Id { get; init; }

    public ulong ChannelId { get; init; }

    public required string PaperId { get; init; }

    public IReadOnlyList<string> WatchNames { get; init; } = [];

    /// <summary>The query terms that hit, for "why it matched".</summary>
    public IReadOnlyList<string> MatchedTerms { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The digest that carries it; null while pending.</summary>
    public string? DigestId { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    /// <summary>
    /// The channel (as LiteDB stores it) while pending, null once a digest carries it: stored and indexed, so a
    /// channel's pending deliveries are read without the other channels' or its own sent ones.
    /// </summary>
    public long? PendingChannel => DigestId is null ? StoredChannel(ChannelId) : null;

    public static long StoredChannel(ulong channelId) => unchecked((long)channelId);

    public static string KeyOf(ulong channelId, string paperId) => $"{channelId}:{paperId}";
}
