using System.Globalization;
using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Discord.Models;
using DigestBot.Discord.Rest;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

/// <summary>
/// Posts digest chunks to Discord with their deterministic nonce (enforced, so a retry inside Discord's window
/// cannot duplicate). Overflow chunks go to a thread under the digest's first message, or, where a thread cannot be
/// made, follow in the channel. A chunk first tried longer ago than the nonce window is first looked for among
/// recent messages by its marker line, so a crash between sending and marking never posts it twice.
/// </summary>
public sealed class DiscordChannelPoster(DiscordRestClient rest, IOptions<DiscordOptions> options, TimeProvider time) : IChannelPoster
{
    private const int RecentMessages = 50;

    public async Task<string> PostAsync(ulong channelId, DigestRecord digest, DigestChunk chunk, string? firstMessageId, CancellationToken cancellationToken)
    {
        try
        {
            var target = chunk.Index > 0 && Parse(firstMessageId) is { } first
                ? await ThreadAsync(channelId, first, digest, cancellationToken) ?? channelId
                : channelId;
            var payloads = DiscordReplyRenderer.Render(new Reply { Text = chunk.Text, Cards = chunk.Cards });
            string? id = null;
            for (var part = 0; part < payloads.Count; part++)
            {
                // A chunk too large for one message becomes several; each part keeps a nonce of its own.
                var nonce = part == 0 ? chunk.Nonce : $"{chunk.Nonce}-{part}";
                var message = await rest.CreateMessageAsync(target, MessageCreate.From(payloads[part], nonce), cancellationToken);
                id ??= message.Id.ToString(CultureInfo.InvariantCulture);
            }

            return id!;
        }
        catch (DiscordException e) when (e.IsPermanentForChannel)
        {
            throw new ChannelUnavailableException($"Discord refuses posts to channel {channelId}: {e.Message} ({e.Code})", e);
        }
    }

    public async Task<string?> FindPostedAsync(ulong channelId, DigestRecord digest, DigestChunk chunk, CancellationToken cancellationToken)
    {
        var window = TimeSpan.FromSeconds(options.Value.NonceWindowSeconds);
        if (chunk.FirstAttemptAt is not { } tried || time.GetUtcNow() - tried < window)
        {
            return null; // Within the window the nonce already makes a re-post harmless.
        }

        var marker = DigestComposer.Marker(digest.Id, chunk.Index, digest.Chunks.Count)[3..];
        var places = chunk.Index > 0 && Parse(digest.Chunks[0].MessageId) is { } thread ? new[] { thread, channelId } : [channelId];
        foreach (var place in places)
        {
            try
            {
                var recent = await rest.GetMessagesAsync(place, RecentMessages, cancellationToken: cancellationToken);
                if (recent.FirstOrDefault(m => m.Content.Replace("\\", string.Empty, StringComparison.Ordinal).Contains(marker, StringComparison.Ordinal)) is { } found)
                {
                    return found.Id.ToString(CultureInfo.InvariantCulture);
                }
            }
            catch (DiscordException e) when (e.Code == DiscordErrorCodes.UnknownChannel)
            {
                // No thread under the first message: the chunk was not posted there.
            }
        }

        return null;
    }

    /// <summary>The thread under the digest's first message (its id is the message's), or null to post in the channel.</summary>
    private async Task<ulong?> ThreadAsync(ulong channelId, ulong firstMessage, DigestRecord digest, CancellationToken cancellationToken)
    {
        try
        {
            return (await rest.StartThreadFromMessageAsync(channelId, firstMessage, new StartThread($"Digest {digest.Id}"), cancellationToken)).Id;
        }
        catch (DiscordException e) when (e.Code == DiscordErrorCodes.ThreadAlreadyExists)
        {
            return firstMessage;
        }
        catch (DiscordException e) when (e.IsPermanentForChannel || e.HttpStatus is 400 or 403)
        {
            return null; // No permission for threads, or a channel type without them: follow-up messages instead.
        }
    }

    private static ulong? Parse(string? id) => ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
