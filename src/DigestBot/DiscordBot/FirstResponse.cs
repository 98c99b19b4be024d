using Discord;

namespace DigestBot.DiscordBot;

/// <summary>
/// Sends an interaction's first response inside Discord's 3 s: each attempt may take only what is left of the window,
/// a failure that leaves Discord's side unknown is tried again while time is left, and "already acknowledged" (40060)
/// means an earlier attempt landed.
/// </summary>
internal static class FirstResponse
{
    private const int AlreadyAcknowledged = 40060;

    /// <summary>True once Discord has it; false when the window closed (or the attempts ran out) with no confirmation.</summary>
    public static async Task<bool> SendAsync(
        Func<RequestOptions, Task> send, IncomingInteraction incoming, TimeProvider time, int attempts, bool canRetry, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var left = incoming.ReceivedAt + InteractionResponder.Window - time.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            using var window = new CancellationTokenSource(left, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(window.Token, cancellationToken);
            try
            {
                // Discord.Net retries a 502 at once by itself; here only rate limits are left to it.
                await send(new RequestOptions { CancelToken = linked.Token, RetryMode = RetryMode.RetryRatelimit });
                return true;
            }
            catch (Exception e) when (DiscordCalls.Code(e) == AlreadyAcknowledged)
            {
                return true;
            }
            catch (Exception e) when (DiscordCalls.IsAmbiguous(e, cancellationToken))
            {
                if (!canRetry || attempt >= attempts)
                {
                    return false;
                }
            }
        }
    }
}
