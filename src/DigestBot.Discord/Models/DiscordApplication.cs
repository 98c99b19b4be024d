using System.Text.Json.Serialization;

namespace DigestBot.Discord.Models;

/// <summary><c>GET /applications/@me</c>, partially: the id command registration and follow-ups need.</summary>
public sealed record DiscordApplication
{
    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string? Description { get; init; }

    public bool? BotPublic { get; init; }

    public long? Flags { get; init; }

    public DiscordUser? Bot { get; init; }
}
