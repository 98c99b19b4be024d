using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace DigestBot.FakeDiscord;

/// <summary>
/// Serves one gateway WebSocket as Discord does: Hello first; then heartbeats (ACKed unless the test says not),
/// Identify (bad token 4004, twice 4005, but again after an op 9 is fine) or Resume (unknown session: op 9 false);
/// anything else before authenticating (or after an op 9) closes with 4003, an unknown opcode with 4001, a frame over 4096 bytes with 4002, more than
/// 120 frames a minute with 4008, and a version other than 10 with 4012.
/// </summary>
internal static class FakeGatewayEndpoint
{
    private const int MaxFrameBytes = 4096;
    private const int MaxFramesPerMinute = 120;

    public static bool Handles(HttpContext context) =>
        context.Request.Path.Value is FakeGateway.Path or FakeGateway.ResumePath;

    public static async Task AcceptAsync(FakeGateway gateway, HttpContext context, CancellationToken stopping)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, context.Request.Path.Value!, context.Request.QueryString.Value ?? string.Empty);
        gateway.Add(connection);
        var resumeUrl = $"ws://{context.Request.Host}{FakeGateway.ResumePath}";
        try
        {
            if (context.Request.Query["v"] != "10" || context.Request.Query["encoding"] != "json")
            {
                await connection.CloseAsync(4012, "Invalid API version");
                return;
            }

            await connection.SendAsync(FakeGatewayFrames.Hello(gateway.Options.GatewayHeartbeatInterval), stopping);
            var sent = new Queue<DateTimeOffset>();
            while (!stopping.IsCancellationRequested)
            {
                var (text, tooLarge) = await connection.ReceiveAsync(MaxFrameBytes, stopping);
                if (tooLarge)
                {
                    await connection.CloseAsync(4002, "Decode error");
                    return;
                }

                if (text is null)
                {
                    // The client's close frame: answer it, completing the handshake.
                    await connection.CloseAsync(connection.ClientCloseCode ?? 1000, string.Empty);
                    return;
                }

                if (OverRate(sent, gateway.Options.Time.GetUtcNow()))
                {
                    await connection.CloseAsync(4008, "Rate limited");
                    return;
                }

                if (await HandleAsync(gateway, connection, text, resumeUrl, stopping) is { } close)
                {
                    await connection.CloseAsync(close.Code, close.Reason);
                    return;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // Dropped by the client, the test or shutdown.
        }
        finally
        {
            gateway.Left(connection);
        }
    }

    private static async Task<(int Code, string Reason)?> HandleAsync(
        FakeGateway gateway, FakeGatewayConnection connection, string text, string resumeUrl, CancellationToken stopping)
    {
        JsonObject frame;
        try
        {
            frame = JsonNode.Parse(text) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            return (4002, "Decode error");
        }

        var token = gateway.Options.Token;
        var op = frame["op"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : -1;
        var data = frame["d"] as JsonObject;
        var validToken = data?["token"] is JsonValue t && t.TryGetValue<string>(out var sentToken) && sentToken == token && !gateway.TokenRevoked;
        connection.Record(frame, token);
        switch (op)
        {
            case 1:
                if (gateway.Acks)
                {
                    await connection.SendAsync(FakeGatewayFrames.HeartbeatAck(), stopping);
                }

                return null;
            case 2 when connection.Authenticated:
                return (4005, "Already authenticated");
            case 2 when !validToken:
                return (4004, "Authentication failed");
            case 2 when !IntentsValid(data):
                return (4013, "Invalid intent(s)");
            case 2 when data!["properties"] is not JsonObject:
                return (4002, "Decode error");
            case 2:
                await gateway.IdentifyAsync(connection, resumeUrl, data["shard"] as JsonArray);
                return null;
            case 6 when !validToken:
                return (4004, "Authentication failed");
            case 6:
                int? sequence = (data?["seq"] is JsonValue s && s.TryGetValue<int>(out var seq)) ? seq : null;
                if (!await gateway.ResumeAsync(connection, data?["session_id"]?.GetValue<string>(), sequence))
                {
                    await connection.SendAsync(FakeGatewayFrames.InvalidSession(false), stopping);
                }

                return null;
            case 3 or 4 or 8 when !connection.Authenticated:
                return (4003, "Not authenticated");
            case 3 or 4 or 8:
                return null;
            default:
                return (4001, "Unknown opcode");
        }
    }

    private static bool IntentsValid(JsonObject? data) =>
        data?["intents"] is JsonValue intents && intents.TryGetValue<int>(out var bits) && bits >= 0;

    private static bool OverRate(Queue<DateTimeOffset> sent, DateTimeOffset now)
    {
        while (sent.Count > 0 && sent.Peek() + TimeSpan.FromMinutes(1) <= now)
        {
            sent.Dequeue();
        }

        sent.Enqueue(now);
        return sent.Count > MaxFramesPerMinute;
    }
}
