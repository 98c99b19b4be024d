namespace DigestBot.Digests;

/// <summary>
/// Where digests go: the Discord channel, or the console in local mode. Posting is idempotent per nonce: the same
/// chunk posted twice with its nonce must appear once.
/// </summary>
public interface IChannelPoster
{
    /// <summary>Posts a chunk; <paramref name="firstMessageId"/> is the digest's first message, for overflow (thread or follow-up).</summary>
    Task<string> PostAsync(ulong channelId, DigestRecord digest, DigestChunk chunk, string? firstMessageId, CancellationToken cancellationToken);

    /// <summary>The id of an already delivered copy of the chunk, when the transport can tell; else null.</summary>
    Task<string?> FindPostedAsync(ulong channelId, DigestRecord digest, DigestChunk chunk, CancellationToken cancellationToken);
}
