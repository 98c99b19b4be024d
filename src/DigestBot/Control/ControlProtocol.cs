using System.Text.Json.Serialization;
using System.Text.Json;
using System.Text;
using DigestBot.Storage;

namespace DigestBot.Control;

/// <summary>
/// The control socket's wire format: one JSON object per line. The CLI sends one <see cref="ControlRequest"/>; the
/// bot answers with any number of progress lines and then one reply (<see cref="ControlMessage"/>).
/// </summary>
internal static class ControlProtocol
{
    /// <summary>The socket's file name in the data directory (beside the lock, owner-only).</summary>
    public const string SocketFileName = DataDirectory.ControlSocketFileName;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] Encode<T>(T message) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message, Json) + "\n");

    public static T? Decode<T>(string line) => JsonSerializer.Deserialize<T>(line, Json);
}
