using System.Text.Json;

namespace DigestBot.Sources;

/// <summary>
/// Tolerant reads of JSON properties: a missing property, a null and a value of the wrong type all read as
/// "absent", because these APIs add, drop and null fields without notice.
/// </summary>
internal static class JsonFields
{
    public static JsonElement? Prop(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    public static string? Str(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>A string property with whitespace collapsed; null when absent or blank.</summary>
    public static string? Text(this JsonElement element, string name) => SourceText.NullIfBlank(element.Str(name));

    public static int? Int(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var n) ? n : null;

    public static JsonElement? Obj(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.Object } value ? value : null;

    public static IEnumerable<JsonElement> Arr(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.Array } value ? value.EnumerateArray() : [];

    /// <summary>The non-blank strings of an array property, whitespace collapsed.</summary>
    public static List<string> Strings(this JsonElement element, string name) =>
        element.Arr(name)
            .Where(e => e.ValueKind == JsonValueKind.String)
            .Select(e => SourceText.NullIfBlank(e.GetString()))
            .OfType<string>()
            .ToList();
}
