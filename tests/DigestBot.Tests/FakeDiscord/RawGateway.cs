using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using DigestBot.FakeDiscord;

namespace DigestBot.Tests.FakeDiscord;

/// <summary>A hand-driven gateway connection to the fake, to see what it sends and accepts without our client in the way.</summary>
public sealed class RawGateway : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public static async Task<RawGateway> ConnectAsync(FakeDiscordServer fake)
    {
        var gateway = new RawGateway();
        var url = fake.ApiBaseUrl.GetLeftPart(UriPartial.Authority).Replace("http", "ws", StringComparison.Ordinal) + FakeGateway.Path + "?v=10&encoding=json";
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await gateway._socket.ConnectAsync(new Uri(url), limit.Token);
        return gateway;
    }

    /// <summary>The close status the fake sent, once it closed.</summary>
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public async Task SendAsync(JsonObject frame)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, limit.Token);
    }

    public Task IdentifyAsync(string token) => SendAsync(new JsonObject
    {
        ["op"] = 2,
        ["d"] = new JsonObject { ["token"] = token, ["intents"] = 1, ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "test", ["device"] = "test" } },
    });

    /// <summary>The next frame, skipping heartbeat ACKs; null once the fake closed the connection.</summary>
    public async Task<JsonObject?> ReceiveAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, limit.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            frame.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                var json = JsonNode.Parse(frame.ToArray())!.AsObject();
                if (json["op"]!.GetValue<int>() != 11)
                {
                    return json;
                }

                frame.SetLength(0);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        await Task.CompletedTask;
    }
}
