using System.Text.Json;

namespace DigestBot.Discord.Models;

/// <summary>Discord's error body <c>{code, message, errors?}</c>; <see cref="Errors"/> nests per field for 50035.</summary>
public sealed record DiscordErrorBody
{
    public int Code { get; init; }

    public string Message { get; init; } = string.Empty;

    public JsonElement? Errors { get; init; }
}
