using System.Text.Json;
using DigestBot.Commands;

namespace DigestBot.Control;

/// <summary>Command option values (string, long, bool, string[]) to JSON and back, for the control socket.</summary>
internal static class ControlOptions
{
    public static Dictionary<string, JsonElement> ToJson(IReadOnlyDictionary<string, object> options) =>
        options.ToDictionary(o => o.Key, o => JsonSerializer.SerializeToElement(o.Value, ControlProtocol.Json), StringComparer.Ordinal);

    public static Dictionary<string, object> FromJson(IReadOnlyDictionary<string, JsonElement> options)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in options)
        {
            values[name] = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!,
                JsonValueKind.Number when value.TryGetInt64(out var number) => number,
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
                    value.EnumerateArray().Select(v => v.GetString()!).ToArray(),
                _ => throw new CommandInputException($"option {name}: unsupported value {value.GetRawText()}"),
            };
        }

        return values;
    }
}
