using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigestBot.Discord.Json;

/// <summary>Reads a nonce sent back as a string or an integer; writes it as the string it is.</summary>
internal sealed class NonceJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number when reader.TryGetInt64(out var n) => n.ToString(CultureInfo.InvariantCulture),
            JsonTokenType.Number => reader.GetDouble().ToString("R", CultureInfo.InvariantCulture),
            JsonTokenType.Null => null,
            _ => throw new JsonException($"a nonce must be a string or a number, not {reader.TokenType}"),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
