using System.Text.Json.Serialization;

namespace DigestBot.Discord.Models;

/// <summary>A user as Discord sends it; only the fields the bot reads.</summary>
public sealed record DiscordUser
{
    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong Id { get; init; }

    public string Username { get; init; } = string.Empty;

    public string? GlobalName { get; init; }

    public string? Discriminator { get; init; }

    public bool? Bot { get; init; }
}
