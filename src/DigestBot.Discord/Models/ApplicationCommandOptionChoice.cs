using System.Text.Json;

namespace DigestBot.Discord.Models;

/// <summary>A fixed choice (or an autocomplete suggestion): a name of 1–100 characters and a string or number value.</summary>
public sealed record ApplicationCommandOptionChoice(string Name, JsonElement Value)
{
    public const int MaxName = 100;

    public static ApplicationCommandOptionChoice Of(string name, string value) =>
        new(name, JsonSerializer.SerializeToElement(value, Json.DiscordJsonContext.Default.String));

    public static ApplicationCommandOptionChoice Of(string name, long value) =>
        new(name, JsonSerializer.SerializeToElement(value, Json.DiscordJsonContext.Default.Int64));
}
