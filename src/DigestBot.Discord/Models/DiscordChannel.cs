using System.Text.Json.Serialization;

namespace DigestBot.Discord.Models;

/// <summary>A channel or thread, partially: what Start Thread returns and interactions carry.</summary>
public sealed record DiscordChannel
{
    public const int GuildText = 0;
    public const int PublicThread = 11;

    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong Id { get; init; }

    public int Type { get; init; }

    public string? Name { get; init; }

    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong? GuildId { get; init; }

    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong? ParentId { get; init; }
}
