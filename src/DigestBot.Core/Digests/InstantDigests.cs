using DigestBot.Watches;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot.Digests;

/// <summary>
/// Sends the digests of instant channels as soon as percolation reports them due (<see cref="DueChannels"/>): each
/// channel that is instant and not paused has its digest job run now through <see cref="DigestScheduler"/>, awaited
/// here, so a failure to start one is logged and the others still go. What was reported before the start is dropped:
/// <see cref="DigestScheduler"/> catches every instant channel with pending deliveries up when it starts, just before.
/// </summary>
public sealed class InstantDigests(DueChannels due, ChannelStore channels, DigestScheduler scheduler, ILogger<InstantDigests> logger)
    : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _running = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        due.Take();
        _running = RunAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            IReadOnlyCollection<ulong> channelIds;
            try
            {
                channelIds = await due.TakeAsync(stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            foreach (var channel in channelIds)
            {
                try
                {
                    if (channels.Get(channel) is { Paused: false, Schedule: "instant" })
                    {
                        await scheduler.TriggerNowAsync(channel, stopping);
                    }
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    logger.LogWarning(e, "Could not start the instant digest of channel {Channel}", channel);
                }
            }
        }
    }
}
