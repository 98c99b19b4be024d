using System.Collections.Concurrent;
using System.Globalization;
using Discord;
using Discord.Net;
using DigestBot.Digests;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

/// <summary>
/// Where a digest's overflow goes: a public thread under its first message, made once and remembered with the digest
/// (<see cref="DigestRecord.OverflowTo"/>), so later parts, even after a restart, go straight to it; or the channel
/// itself where no thread can be made (no permission, a channel type without threads), remembered the same way.
/// </summary>
public sealed class DigestThreads(DiscordChannels channels, Outbox outbox, IOptions<DiscordOptions> options)
{
    public const int RecentMessages = 50;
    private const int MaxRemembered = 1_000;

    /// <summary>First messages posted by this process, so making the thread needs no request to fetch them.</summary>
    private readonly ConcurrentDictionary<string, IMessage> _first = new();

    public static ulong? Parse(string? id) => ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The overflow target already chosen for the digest, if any.</summary>
    public ulong? Known(DigestRecord digest) => Parse((outbox.Find(digest.Id) ?? digest).OverflowTo);

    public void RememberFirst(string digestId, IMessage message)
    {
        if (_first.Count >= MaxRemembered)
        {
            _first.Clear();
        }

        _first[digestId] = message;
    }

    public async Task<ulong> TargetAsync(ulong channelId, ulong firstMessageId, DigestRecord digest, CancellationToken cancellationToken)
    {
        if (Known(digest) is { } known)
        {
            return known;
        }

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(options.Value.RequestTimeout);
        var request = new RequestOptions { CancelToken = bounded.Token };
        ulong target;
        try
        {
            target = await channels.GetAsync(channelId, request) is ITextChannel channel
                && (_first.TryRemove(digest.Id, out var first) ? first : await channel.GetMessageAsync(firstMessageId, options: request)) is { } message
                ? await StartAsync(channel, message, digest, request)
                : channelId;
        }
        catch (HttpException e) when ((int?)e.DiscordCode == DiscordErrorCodes.ThreadAlreadyExists)
        {
            // Made before a crash that came before it was remembered: a thread's id is its first message's.
            target = firstMessageId;
        }
        catch (HttpException e) when (e.HttpCode is System.Net.HttpStatusCode.BadRequest or System.Net.HttpStatusCode.Forbidden
            || DiscordErrorCodes.IsPermanentForChannel((int?)e.DiscordCode))
        {
            target = channelId; // No permission for threads, or a channel type without them: the overflow follows in the channel.
        }

        outbox.MarkOverflow(digest.Id, target.ToString(CultureInfo.InvariantCulture));
        return target;
    }

    private async Task<ulong> StartAsync(ITextChannel channel, IMessage first, DigestRecord digest, RequestOptions request)
    {
        var thread = await channel.CreateThreadAsync($"Digest {digest.Id}", ThreadType.PublicThread, ThreadArchiveDuration.OneDay, first, options: request);
        channels.Remember(thread);
        return thread.Id;
    }
}
