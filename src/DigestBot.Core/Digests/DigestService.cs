using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Watches;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Digests;

/// <summary>
/// Runs one channel's digest: first finishes a digest a crash or failure interrupted (same chunks, same nonces),
/// then composes the pending deliveries into a new digest, stores it, and sends each chunk, marking it sent with
/// the message id. A channel that keeps failing is paused with the reason; other channels never notice.
/// </summary>
public sealed class DigestService(
    Percolator percolator,
    PaperStore store,
    Outbox outbox,
    ChannelStore channels,
    DigestComposer composer,
    IChannelPoster poster,
    IOptions<DigestsOptions> options,
    TimeProvider time,
    ILogger<DigestService> logger)
{
    /// <summary>Sends what is owed to the channel; returns the digests sent (none when nothing was pending).</summary>
    public async Task<IReadOnlyList<DigestRecord>> RunAsync(ulong channelId, CancellationToken cancellationToken)
    {
        var channel = channels.Get(channelId);
        var sent = new List<DigestRecord>();
        try
        {
            // Papers a crash left unmatched are matched first, so this digest carries everything owed so far.
            percolator.PercolatePending(store);
            if (outbox.Unfinished(channelId) is { } interrupted)
            {
                sent.Add(await SendAsync(interrupted, cancellationToken));
            }

            var pending = outbox.Pending(channelId);
            if (pending.Count > 0)
            {
                var digest = composer.Compose(channelId, pending, time.GetUtcNow(), channel.LastDigestAt);
                outbox.Create(digest);
                CrashPoints.Hit("after-digest-stored");
                sent.Add(await SendAsync(digest, cancellationToken));
            }

            if (sent.Count == 0 && !channels.Exists(channelId))
            {
                return sent; // `digest --channel N` for a channel nobody set up: nothing to record, no row to show.
            }

            var resumed = false;
            channels.Update(channelId, current =>
            {
                resumed = current.AutoResume;
                return current with
                {
                    LastRun = time.GetUtcNow(),
                    LastDigestAt = sent.Count > 0 ? time.GetUtcNow() : current.LastDigestAt,
                    LastError = null,
                    ConsecutiveFailures = 0,
                    Paused = current.Paused && !current.AutoResume,
                    PausedReason = current.AutoResume ? null : current.PausedReason,
                    AutoResume = false,
                };
            });
            if (resumed)
            {
                logger.LogInformation("Digest for channel {Channel} went through again; the channel is resumed", channelId);
            }

            return sent;
        }
        catch (TransportStoppedException)
        {
            return sent; // The bot is stopping with its own line; no channel is at fault.
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            RecordFailure(channelId, e);
            return sent;
        }
    }

    /// <summary>What the next digest would hold, without storing or sending anything.</summary>
    public DigestRecord? Preview(ulong channelId)
    {
        percolator.PercolatePending(store);
        var pending = outbox.Pending(channelId);
        return pending.Count == 0 ? null : composer.Compose(channelId, pending, time.GetUtcNow(), channels.Get(channelId).LastDigestAt);
    }

    private async Task<DigestRecord> SendAsync(DigestRecord digest, CancellationToken cancellationToken)
    {
        string? first = digest.Chunks.Count > 0 ? digest.Chunks[0].MessageId : null;
        foreach (var chunk in digest.Chunks.Where(c => c.SentAt is null))
        {
            var messageId = chunk.FirstAttemptAt is null ? null : await poster.FindPostedAsync(digest.ChannelId, digest, chunk, cancellationToken);
            if (messageId is null)
            {
                outbox.MarkAttempt(digest.Id, chunk.Index, time.GetUtcNow());
                messageId = await poster.PostAsync(digest.ChannelId, digest, chunk, first, cancellationToken);
            }

            CrashPoints.Hit("after-chunk-posted");
            outbox.MarkSent(digest.Id, chunk.Index, messageId, time.GetUtcNow());
            first ??= messageId;
        }

        return outbox.Find(digest.Id)!;
    }

    private void RecordFailure(ulong channelId, Exception e)
    {
        var permanent = e is ChannelUnavailableException;
        var message = e is ChannelUnavailableException or CommandInputException ? e.Message : ExceptionText.OneLine(e);
        var (failures, pause) = (0, false);
        channels.Update(channelId, channel =>
        {
            failures = channel.ConsecutiveFailures + 1;
            pause = permanent || failures >= options.Value.PauseAfterFailures;
            return channel with
            {
                LastRun = time.GetUtcNow(),
                LastError = message,
                ConsecutiveFailures = failures,
                Paused = channel.Paused || pause,
                PausedReason = pause ? message : channel.PausedReason,

                // Failures that may pass keep being retried; a channel the bot cannot reach waits for a person.
                AutoResume = !permanent && (pause || channel.AutoResume),
            };
        });
        logger.LogWarning(
            "Digest for channel {Channel} failed ({Failures} in a row): {Error}{Paused}",
            channelId,
            failures,
            message,
            permanent ? "; channel paused until someone resumes it"
                : pause ? $"; channel paused, tried again every {options.Value.PausedRetryDelay} and resumed on success"
                : "; will retry");
    }
}
