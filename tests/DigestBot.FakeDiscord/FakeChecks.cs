using System.Text.Json;
using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>Field checks shared by the validators, phrased with Discord's error codes and messages.</summary>
internal sealed class FakeChecks
{
    public List<FakeValidationError> Errors { get; } = [];

    public void Add(string path, string code, string message) => Errors.Add(new FakeValidationError(path, code, message));

    /// <summary>A string field: null when absent; records an error when present but not a string or too long/short.</summary>
    public string? Text(JsonNode? parent, string name, string path, int max, bool required = false, int min = 0, bool trim = true)
    {
        var node = parent?[name];
        if (node is null)
        {
            if (required)
            {
                Add(path, "BASE_TYPE_REQUIRED", "This field is required");
            }

            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            Add(path, "BASE_TYPE_STRING", "Could not interpret value as string.");
            return null;
        }

        var text = node.GetValue<string>();
        var length = trim ? text.Trim().Length : text.Length;
        if (length > max)
        {
            Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");
        }
        else if (length < Math.Max(min, required ? 1 : 0))
        {
            Add(path, required ? "BASE_TYPE_REQUIRED" : "BASE_TYPE_MIN_LENGTH", required ? "This field is required" : $"Must be {min} or more in length.");
        }

        return text;
    }

    public JsonArray? Array(JsonNode? parent, string name, string path, int max)
    {
        var node = parent?[name];
        if (node is null)
        {
            return null;
        }

        if (node is not JsonArray array)
        {
            Add(path, "BASE_TYPE_ARRAY", "Could not interpret value as array.");
            return null;
        }

        if (array.Count > max)
        {
            Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");
        }

        return array;
    }

    public long? Integer(JsonNode? parent, string name, string path)
    {
        var node = parent?[name];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue<long>(out var n))
        {
            return n;
        }

        Add(path, "NUMBER_TYPE_COERCE", "Value is not int.");
        return null;
    }

    public bool? Boolean(JsonNode? parent, string name, string path)
    {
        var node = parent?[name];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return node.GetValue<bool>();
        }

        Add(path, "BASE_TYPE_BOOLEAN", "Must be either true or false.");
        return null;
    }

    public void Url(string? url, string path, int max = 2048)
    {
        if (url is null)
        {
            return;
        }

        if (url.Length > max || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            Add(path, "URL_TYPE_INVALID_URL", "Not a well formed URL.");
        }
    }
}
