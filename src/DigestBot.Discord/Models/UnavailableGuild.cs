using System.Text.Json.Serialization;

namespace DigestBot.Discord.Models;

/// <summary>A guild stub from READY or an outage's GUILD_DELETE (<see cref="Unavailable"/> true: nothing was removed).</summary>
public sealed record UnavailableGuild
{
    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong Id { get; init; }

    public bool? Unavailable { get; init; }
}
