using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>What a route handler answers; the pipeline adds rate-limit headers and writes it.</summary>
public sealed record FakeResponse(int Status, JsonNode? Body)
{
    public Dictionary<string, string> Headers { get; init; } = [];

    public static FakeResponse Ok(JsonNode body) => new(200, body);

    public static FakeResponse NoContent() => new(204, null);

    /// <summary>Discord's error body <c>{message, code}</c>.</summary>
    public static FakeResponse Error(int status, int code, string message) =>
        new(status, new JsonObject { ["message"] = message, ["code"] = code });
}
