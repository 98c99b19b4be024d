using DigestBot.Commands;
using DigestBot.Digests;

namespace DigestBot.Local;

/// <summary>
/// Local mode's channel: digests print on stdout, as the CLI prints any reply. A scheduled digest arriving while
/// someone sits at the <c>digestbot&gt;</c> prompt passes the <see cref="ConsoleGate"/>, which keeps the prompt whole.
/// </summary>
public sealed class ConsoleChannelPoster(ConsoleGate gate) : IChannelPoster
{
    public Task<string> PostAsync(ulong channelId, DigestRecord digest, DigestChunk chunk, string? firstMessageId, CancellationToken cancellationToken)
    {
        gate.WriteOutput(() =>
        {
            ConsoleReplyRenderer.Render(new Reply { Text = chunk.Text, Cards = chunk.Cards }, Console.Out, Console.Error, TerminalStyle.SupportsBold(Console.Out));
            Console.Out.WriteLine();
            Console.Out.Flush();
        });

        return Task.FromResult($"console:{chunk.Nonce}");
    }

    /// <summary>A terminal cannot be read back; an interrupted chunk is printed again.</summary>
    public Task<string?> FindPostedAsync(ulong channelId, DigestRecord digest, DigestChunk chunk, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
