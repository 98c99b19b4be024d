using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace DigestBot.Sources;

/// <summary>
/// A JSON response read item by item: the items of a top-level array, or of one array property of a top-level
/// object (<c>results</c>, <c>data</c>), with the object's other properties as <see cref="Fields"/>. A truncated
/// body keeps every item that was complete before the break (<see cref="Failure"/> says where it broke).
/// </summary>
internal sealed class JsonFeedDocument
{
    private static readonly string[] ErrorFields = ["error", "message", "detail"];

    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    public bool RootIsArray { get; private set; }

    public List<JsonElement> Items { get; } = [];

    public Dictionary<string, JsonElement> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the object had the items property at all (an error body has not).</summary>
    public bool HasItemsProperty { get; private set; }

    public string? Failure { get; private set; }

    /// <summary>
    /// The document, or null with <paramref name="error"/> when not even its first token could be read. Bytes
    /// that are not UTF-8 are replaced (U+FFFD) so the damage stays inside the items that have them.
    /// </summary>
    public static JsonFeedDocument? Load(ReadOnlySpan<byte> utf8, string? itemsProperty, string expected, out string? error)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var trimmed = utf8.TrimStart(" \t\r\n"u8);
        if (trimmed.IsEmpty || trimmed[0] == (byte)'<')
        {
            var text = Encoding.UTF8.GetString(trimmed[..Math.Min(trimmed.Length, 64 * 1024)]);
            error = BodyText.Problem(text, expected) ?? $"not {expected}: the body is XML or HTML, not JSON";
            return null;
        }

        var bytes = Utf8.IsValid(utf8) ? utf8 : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(utf8));
        var document = new JsonFeedDocument();
        error = document.Read(bytes, itemsProperty, expected);
        return error is null ? document : null;
    }

    /// <summary>
    /// A document whose one item is the whole top-level object (a single-paper response), read from a body that
    /// <see cref="Load"/> has already read as valid JSON.
    /// </summary>
    public static JsonFeedDocument Single(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var bytes = Utf8.IsValid(utf8) ? utf8 : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(utf8));
        var reader = new Utf8JsonReader(bytes, Options);
        using var root = JsonDocument.ParseValue(ref reader);
        var document = new JsonFeedDocument { HasItemsProperty = true };
        document.Items.Add(root.RootElement.Clone());
        return document;
    }

    /// <summary>A top-level number (<c>total</c>, <c>offset</c>), null when absent or not an int.</summary>
    public int? FieldInt(string name) =>
        Fields.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;

    public string? FieldText(string name) =>
        Fields.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? SourceText.NullIfBlank(v.GetString()) : null;

    /// <summary>The message of an error body (<c>{"error": …}</c> or <c>{"message": …}</c>), or null.</summary>
    public string? ErrorMessage() =>
        ErrorFields
            .Select(name => Fields.TryGetValue(name, out var v) ? v : (JsonElement?)null)
            .Select(v => v is { ValueKind: JsonValueKind.String } s ? s.GetString()
                : v is { ValueKind: JsonValueKind.Object } o ? o.Str("message") : null)
            .FirstOrDefault(m => !string.IsNullOrWhiteSpace(m));

    /// <summary>The builder's result, with a break reported as the error when nothing was complete before it.</summary>
    public ParseResult Finish(ParseResultBuilder builder)
    {
        if (Failure is null)
        {
            return builder.Build();
        }

        if (Items.Count == 0)
        {
            return ParseResult.Failure(Failure);
        }

        builder.Skip("document", Failure);
        return builder.Build();
    }

    private string? Read(ReadOnlySpan<byte> bytes, string? itemsProperty, string expected)
    {
        var reader = new Utf8JsonReader(bytes, Options);
        try
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                RootIsArray = true;
                ReadItems(ref reader);
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return $"not {expected}: the JSON is a {reader.TokenType}, not an object or array";
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (name == itemsProperty && reader.TokenType == JsonTokenType.StartArray)
                {
                    HasItemsProperty = true;
                    ReadItems(ref reader);
                    continue;
                }

                using var value = JsonDocument.ParseValue(ref reader);
                Fields[name] = value.RootElement.Clone();
            }

            return null;
        }
        catch (Exception e) when (ParserGuard.IsRecoverable(e))
        {
            if (Items.Count == 0 && Fields.Count == 0 && !HasItemsProperty && !RootIsArray)
            {
                return $"not {expected}: the body is not valid JSON ({e.Message})";
            }

            Failure = $"the JSON is cut off or malformed at byte {reader.BytesConsumed} ({e.Message}); items after that point are lost";
            return null;
        }
    }

    private void ReadItems(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            using var item = JsonDocument.ParseValue(ref reader);
            Items.Add(item.RootElement.Clone());
        }
    }
}
