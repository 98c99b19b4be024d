using DigestBot.Commands;
using DigestBot.Local;

namespace DigestBot.Digests;

/// <summary>Local mode's channel: digests print on stdout, as the CLI prints any reply.</summary>
public sealed class ConsoleChannelPoster : IChannelPoster
{
    private readonly Lock _write = new();

    public Task<string> PostAsync(ulong channelId, DigestRecord digest, DigestChunk chunk, string? firstMessageId, CancellationToken cancellationToken)
    {
        lock (_write)
        {
            ConsoleReplyRenderer.Render(new Reply { Text = chunk.Text, Cards = chunk.Cards }, Console.Out, Console.Error);
            Console.Out.WriteLine();
            Console.Out.Flush();
        }

        return Task.FromResult($"console:{chunk.Nonce}");
    }

    /// <summary>A terminal cannot be read back; an interrupted chunk is printed again.</summary>
    public Task<string?> FindPostedAsync(ulong channelId, DigestRecord digest, DigestChunk chunk, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
