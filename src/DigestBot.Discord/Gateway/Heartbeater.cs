using System.Net.WebSockets;

namespace DigestBot.Discord.Gateway;

/// <summary>
/// One connection's heartbeats: the first after <c>interval × jitter</c>, then one per interval, each carrying the
/// latest sequence number. A heartbeat due while the previous one is still unacknowledged means a zombie link.
/// </summary>
internal sealed class Heartbeater(GatewaySocket socket, GatewaySession session, TimeSpan interval, TimeProvider time, double jitter, Action onZombie)
{
    private int _awaitingAck;

    public bool AwaitingAck => Volatile.Read(ref _awaitingAck) == 1;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval * jitter, time, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                // Set before sending, so an ACK racing back cannot be lost.
                if (Interlocked.Exchange(ref _awaitingAck, 1) == 1)
                {
                    onZombie();
                    return;
                }

                await BeatAsync(cancellationToken).ConfigureAwait(false);
                await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection ended; its reader reports how.
        }
    }

    public void Ack() => Volatile.Write(ref _awaitingAck, 0);

    /// <summary>A heartbeat now (also when Discord asks with op 1).</summary>
    public Task BeatAsync(CancellationToken cancellationToken) => socket.SendAsync(GatewayFrames.Heartbeat(session.Sequence), cancellationToken);
}
