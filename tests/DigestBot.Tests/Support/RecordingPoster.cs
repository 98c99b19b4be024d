using DigestBot.Digests;

namespace DigestBot.Tests.Support;

/// <summary>
/// A fake channel that honours nonces as Discord does (a second post with the same nonce returns the first
/// message), records what arrived, and fails on demand.
/// </summary>
public sealed class RecordingPoster : IChannelPoster
{
    private readonly Dictionary<string, string> _byNonce = [];

    /// <summary>Messages that arrived, in order: (channel, nonce, text, number of cards, thread parent).</summary>
    public List<(ulong Channel, string Nonce, string? Text, int Cards, string? Parent)> Messages { get; } = [];

    /// <summary>Makes the next post throw this, once.</summary>
    public Exception? FailNext { get; set; }

    /// <summary>Whether the transport can find a chunk that arrived (as Discord's poster can by its marker).</summary>
    public bool CanFindPosted { get; set; } = true;

    public Task<string> PostAsync(ulong channelId, DigestRecord digest, DigestChunk chunk, string? firstMessageId, CancellationToken cancellationToken)
    {
        if (FailNext is { } failure)
        {
            FailNext = null;
            throw failure;
        }

        if (!_byNonce.TryGetValue(chunk.Nonce, out var id))
        {
            id = $"m{Messages.Count + 1}";
            _byNonce[chunk.Nonce] = id;
            Messages.Add((channelId, chunk.Nonce, chunk.Text, chunk.Cards.Count, firstMessageId));
        }

        return Task.FromResult(id);
    }

    public Task<string?> FindPostedAsync(ulong channelId, DigestRecord digest, DigestChunk chunk, CancellationToken cancellationToken) =>
        Task.FromResult(CanFindPosted && _byNonce.TryGetValue(chunk.Nonce, out var id) ? id : null);
}
