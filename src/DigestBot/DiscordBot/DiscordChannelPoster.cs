using System.Globalization;
using Discord;
using Discord.Net;
using DigestBot.Commands;
using DigestBot.Digests;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

/// <summary>
/// Posts digest chunks to Discord with their deterministic nonce (enforced, so a repeat inside Discord's window cannot
/// duplicate). Overflow chunks go to the digest's thread (<see cref="DigestThreads"/>). A create is never blindly retried:
/// each attempt is bounded, and after one that may or may not have landed the chunk's marker is looked for among the
/// channel's recent messages first; beyond the nonce window only the marker can tell, so the chunk then waits for the
/// next run (which looks again before sending). The outbox's back-off and pause rules do the rest.
/// </summary>
public sealed class DiscordChannelPoster(
    DiscordChannels channels, DigestThreads threads, IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordChannelPoster> logger) : IChannelPoster
{
    private const int MaxAttempts = 3;

    public async Task<string> PostAsync(ulong channelId, DigestRecord digest, DigestChunk chunk, string? firstMessageId, CancellationToken cancellationToken)
    {
        var firstTried = chunk.FirstAttemptAt ?? time.GetUtcNow();
        try
        {
            var target = chunk.Index > 0 && DigestThreads.Parse(firstMessageId) is { } first
                ? await threads.TargetAsync(channelId, first, digest, cancellationToken)
                : channelId;
            var messages = DiscordReplyRenderer.Render(new Reply { Text = chunk.Text, Cards = chunk.Cards });
            string? id = null;
            for (var part = 0; part < messages.Count; part++)
            {
                // A chunk too large for one message becomes several; each part keeps a nonce of its own.
                var nonce = part == 0 ? chunk.Nonce : $"{chunk.Nonce}-{part}";
                var sent = await SendAsync(target, messages[part], nonce, part == 0 ? Marker(digest, chunk) : null, firstTried, cancellationToken);
                // Only a digest with more chunks makes a thread under its first message; others need not hold it.
                if (chunk.Index == 0 && part == 0 && digest.Chunks.Count > 1)
                {
                    threads.RememberFirst(digest.Id, sent);
                }

                id ??= sent.Id.ToString(CultureInfo.InvariantCulture);
            }

            return id!;
        }
        catch (Exception e) when (Unavailable(channelId, e) is { } unavailable)
        {
            throw unavailable;
        }
    }

    /// <summary>Looks for the chunk (see <see cref="LookAsync"/>) where it could be, once the nonce can no longer tell.</summary>
    public async Task<string?> FindPostedAsync(ulong channelId, DigestRecord digest, DigestChunk chunk, CancellationToken cancellationToken)
    {
        try
        {
            return await FindAsync(channelId, digest, chunk, cancellationToken);
        }
        catch (Exception e) when (GatewayClose.IsTokenRefused(e))
        {
            throw new TransportStoppedException(DiscordRestGuard.TokenRejectedLine, e);
        }
    }

    private async Task<string?> FindAsync(ulong channelId, DigestRecord digest, DigestChunk chunk, CancellationToken cancellationToken)
    {
        var window = options.Value.NonceWindow;
        if (chunk.FirstAttemptAt is not { } tried || time.GetUtcNow() - tried < window)
        {
            return null; // Within the window the nonce already makes a re-post harmless.
        }

        var places = chunk.Index > 0 && threads.Known(digest) is { } thread && thread != channelId ? new[] { thread, channelId } : [channelId];
        foreach (var place in places)
        {
            if (await LookAsync(place, Marker(digest, chunk), cancellationToken) is { } found)
            {
                return found.Id.ToString(CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private async Task<IMessage> SendAsync(ulong target, DiscordMessage message, string nonce, string? marker, DateTimeOffset firstTried, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bounded.CancelAfter(options.Value.RequestTimeout);
            var request = new RequestOptions { CancelToken = bounded.Token, RetryMode = RetryMode.RetryRatelimit };
            try
            {
                var channel = await channels.GetAsync(target, request) ?? throw new ChannelGoneException(target);
                using var withNonce = DigestNonce.Use(nonce);
                return await channel.SendMessageAsync(message.Content, embeds: [.. message.Embeds], allowedMentions: DiscordMessage.NoMentions,
                    components: message.Components, options: request);
            }
            catch (Exception e) when (DiscordCalls.IsAmbiguous(e, cancellationToken) && attempt < MaxAttempts)
            {
                logger.LogInformation("Posting to channel {Channel} may not have worked ({Error}); looking for it before trying again", target, e.Message);
                if (marker is not null && await LookAsync(target, marker, cancellationToken) is { } found)
                {
                    return found;
                }

                // Beyond the window a repeat could duplicate: the next run looks for the marker again before it sends.
                if (time.GetUtcNow() - firstTried >= options.Value.NonceWindow)
                {
                    throw;
                }

                // A pause for Discord's sake, in Discord's (real) time, not the app's clock.
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
            }
        }
    }

    /// <summary>The channel's recent message that carries the chunk's marker line, if any.</summary>
    private async Task<IMessage?> LookAsync(ulong place, string marker, CancellationToken cancellationToken)
    {
        try
        {
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bounded.CancelAfter(options.Value.RequestTimeout);
            var request = new RequestOptions { CancelToken = bounded.Token };
            if (await channels.GetAsync(place, request) is not { } channel)
            {
                return null;
            }

            var recent = await channel.GetMessagesAsync(DigestThreads.RecentMessages, CacheMode.AllowDownload, request).FlattenAsync();
            return recent.FirstOrDefault(m => m.Content.Replace("\\", string.Empty, StringComparison.Ordinal).Contains(marker, StringComparison.Ordinal));
        }
        catch (HttpException e) when ((int?)e.DiscordCode == DiscordErrorCodes.UnknownChannel)
        {
            return null; // No thread under the first message: the chunk was not posted there.
        }
    }

    private static string Marker(DigestRecord digest, DigestChunk chunk) => DigestComposer.Marker(digest.Id, chunk.Index, digest.Chunks.Count)[3..];

    private static Exception? Unavailable(ulong channelId, Exception e) => e switch
    {
        _ when GatewayClose.IsTokenRefused(e) => new TransportStoppedException(DiscordRestGuard.TokenRejectedLine, e),
        ChannelGoneException => new ChannelUnavailableException($"Discord refuses posts to channel {channelId}: Unknown Channel ({DiscordErrorCodes.UnknownChannel})", e),
        HttpException { DiscordCode: { } code } h when DiscordErrorCodes.IsPermanentForChannel((int)code) =>
            new ChannelUnavailableException($"Discord refuses posts to channel {channelId}: {h.Reason} ({(int)code})", e),
        _ => null,
    };

    private sealed class ChannelGoneException(ulong channelId) : Exception($"channel {channelId} does not exist");
}
