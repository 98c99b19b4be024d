using System.Buffers;
using System.Text.Json;

namespace DigestBot.Discord.Gateway;

/// <summary>
/// The frames the client sends, written by hand: a heartbeat's <c>d</c> must be an explicit <c>null</c> before
/// the first dispatch, which the source-generated context (nulls left out) would drop. Identify and Resume carry
/// the token, so these bytes are sent and never logged.
/// </summary>
internal static class GatewayFrames
{
    public static byte[] Heartbeat(int? sequence) => Write(GatewayOpcode.Heartbeat, w =>
    {
        if (sequence is { } s)
        {
            w.WriteNumberValue(s);
        }
        else
        {
            w.WriteNullValue();
        }
    });

    public static byte[] Identify(string token, GatewayIntents intents, DiscordGatewayOptions options) => Write(GatewayOpcode.Identify, w =>
    {
        w.WriteStartObject();
        w.WriteString("token", token);
        w.WriteStartObject("properties");
        w.WriteString("os", options.Os);
        w.WriteString("browser", options.Browser);
        w.WriteString("device", options.Device);
        w.WriteEndObject();
        w.WriteNumber("intents", (int)intents);
        w.WriteEndObject();
    });

    public static byte[] Resume(string token, string sessionId, int? sequence) => Write(GatewayOpcode.Resume, w =>
    {
        w.WriteStartObject();
        w.WriteString("token", token);
        w.WriteString("session_id", sessionId);
        if (sequence is { } s)
        {
            w.WriteNumber("seq", s);
        }
        else
        {
            w.WriteNull("seq");
        }

        w.WriteEndObject();
    });

    private static byte[] Write(int op, Action<Utf8JsonWriter> data)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("op", op);
            w.WritePropertyName("d");
            data(w);
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
