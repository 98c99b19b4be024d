using DigestBot.Commands;

namespace DigestBot.Digests;

/// <summary>
/// One message of a digest, rendered and stored before it is sent, with the nonce it is always sent with, so a
/// retry after a crash re-sends exactly the same message and the transport can recognise it.
/// </summary>
public sealed record DigestChunk
{
    public int Index { get; init; }

    public required string Nonce { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<Card> Cards { get; init; } = [];

    public IReadOnlyList<string> DeliveryIds { get; init; } = [];

    public DateTimeOffset? FirstAttemptAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public string? MessageId { get; init; }
}
