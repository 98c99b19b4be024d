using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>
/// One client connection to the fake gateway, with everything the client sent. Tokens in Identify and Resume
/// are replaced by <c>[valid token]</c> or <c>[other token]</c> before they are kept, so no assertion can print one.
/// </summary>
public sealed class FakeGatewayConnection
{
    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly Lock _lock = new();
    private readonly List<JsonObject> _received = [];

    internal FakeGatewayConnection(WebSocket socket, string path, string query)
    {
        _socket = socket;
        Path = path;
        Query = query;
    }

    /// <summary>1 for the first connection to the fake, and so on.</summary>
    public int Number { get; internal set; }

    /// <summary><c>/gateway</c>, or <c>/gateway-resume</c> for the URL READY gave as <c>resume_gateway_url</c>.</summary>
    public string Path { get; }

    public string Query { get; }

    /// <summary>The frames the client sent, in order, tokens redacted.</summary>
    public IReadOnlyList<JsonObject> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received.Select(f => (JsonObject)f.DeepClone())];
            }
        }
    }

    public IReadOnlyList<JsonObject> ReceivedOp(int op) => [.. Received.Where(f => f["op"]?.GetValue<int>() == op)];

    /// <summary>The session this connection identified or resumed, once it did.</summary>
    public string? SessionId { get; internal set; }

    /// <summary>
    /// Identified or resumed and not invalidated since: a second Identify now is 4005. An op 9 invalidates the session,
    /// and the client may then Identify (or Resume) again on this same connection, as Discord allows.
    /// </summary>
    internal bool Authenticated { get; set; }

    /// <summary>READY or RESUMED was sent on this connection.</summary>
    public bool Ready { get; internal set; }

    /// <summary>The close code of the client's close frame, when it sent one.</summary>
    public int? ClientCloseCode { get; internal set; }

    /// <summary>The close code the fake sent, when it closed the connection.</summary>
    public int? ServerCloseCode { get; internal set; }

    /// <summary>The connection has ended, however it ended.</summary>
    public bool Ended { get; internal set; }

    internal void Record(JsonObject frame, string token)
    {
        if (frame["d"] is JsonObject { } data && data["token"] is { } sent)
        {
            data["token"] = sent.GetValueKind() == System.Text.Json.JsonValueKind.String && sent.GetValue<string>() == token ? "[valid token]" : "[other token]";
        }

        lock (_lock)
        {
            _received.Add(frame);
        }
    }

    internal async Task SendAsync(JsonNode frame, CancellationToken cancellationToken = default)
    {
        await _send.WaitAsync(cancellationToken);
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
            }
        }
        finally
        {
            _send.Release();
        }
    }

    internal async Task CloseAsync(int code, string reason)
    {
        ServerCloseCode ??= code;
        await _send.WaitAsync();
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // The client went first.
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame, as a network failure would.</summary>
    internal void Abort() => _socket.Abort();

    /// <summary>A whole frame (assembled up to <c>EndOfMessage</c>), or null for a close frame or a frame over <paramref name="max"/> bytes.</summary>
    internal async Task<(string? Text, bool TooLarge)> ReceiveAsync(int max, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        using var frame = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                ClientCloseCode = (int?)_socket.CloseStatus;
                return (null, false);
            }

            frame.Write(buffer, 0, result.Count);
            if (frame.Length > max)
            {
                return (null, true);
            }

            if (result.EndOfMessage)
            {
                return (Encoding.UTF8.GetString(frame.ToArray()), false);
            }
        }
    }
}
