using System.Net.WebSockets;

namespace DigestBot.Discord.Gateway;

/// <summary>
/// One WebSocket to the gateway. Frames are read whole (ClientWebSocket hands them over in pieces until
/// <c>EndOfMessage</c>; READY and GUILD_CREATE can be large) by the one reader, and every send, the closing
/// handshake included, goes through one writer, as a WebSocket allows one send at a time.
/// </summary>
internal sealed class GatewaySocket(TimeProvider time) : IDisposable
{
    /// <summary>Far above any real frame; a larger one is a broken peer, not data.</summary>
    public const int MaxFrameBytes = 32 * 1024 * 1024;

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly byte[] _buffer = new byte[16 * 1024];

    public int? CloseStatus => (int?)_socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken) => _socket.ConnectAsync(uri, cancellationToken);

    /// <summary>A whole text frame, or null once the peer's close frame arrived (see <see cref="CloseStatus"/>).</summary>
    public async Task<byte[]?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var frame = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(_buffer, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            frame.Write(_buffer, 0, result.Count);
            if (frame.Length > MaxFrameBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, $"a gateway frame exceeded {MaxFrameBytes} bytes");
            }

            if (result.EndOfMessage)
            {
                return frame.ToArray();
            }
        }
    }

    public async Task SendAsync(byte[] frame, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>
    /// Sends our close frame with <paramref name="code"/>: the reader then sees the peer's reply as the end. If none
    /// comes within <paramref name="timeout"/>, the socket is dropped, which ends the reader just the same.
    /// </summary>
    public async Task CloseAsync(int code, string reason, TimeSpan timeout, CancellationToken connectionDone)
    {
        try
        {
            using var limit = new CancellationTokenSource(timeout, time);
            await _writer.WaitAsync(limit.Token).ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, limit.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _writer.Release();
            }

            await Task.Delay(timeout, time, connectionDone).ConfigureAwait(false);
            Abort();
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Cancelled: the connection is over already. Otherwise the socket is broken: the reader fails on its own.
            Abort();
        }
    }

    /// <summary>Answers the peer's close frame with its own code, completing the handshake it started.</summary>
    public async Task AnswerCloseAsync(TimeSpan timeout)
    {
        try
        {
            using var limit = new CancellationTokenSource(timeout, time);
            if (_socket.State == WebSocketState.CloseReceived)
            {
                await _writer.WaitAsync(limit.Token).ConfigureAwait(false);
                try
                {
                    await _socket.CloseOutputAsync(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, limit.Token).ConfigureAwait(false);
                }
                finally
                {
                    _writer.Release();
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The peer is gone already; nothing to answer.
        }
    }

    public void Abort()
    {
        try
        {
            _socket.Abort();
        }
        catch (ObjectDisposedException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _writer.Dispose();
    }
}
