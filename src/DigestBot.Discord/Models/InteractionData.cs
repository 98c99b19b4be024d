using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigestBot.Discord.Models;

/// <summary>
/// The data of a command, autocomplete or component interaction: commands carry <see cref="Name"/> and
/// <see cref="Options"/>; components carry <see cref="CustomId"/> and, for selects, <see cref="Values"/>.
/// </summary>
public sealed record InteractionData
{
    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong? Id { get; init; }

    public string? Name { get; init; }

    public int? Type { get; init; }

    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    /// <summary>Users, members, channels and roles named by options, kept raw until a command needs them.</summary>
    public JsonElement? Resolved { get; init; }

    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong? GuildId { get; init; }

    public string? CustomId { get; init; }

    public ComponentType? ComponentType { get; init; }

    public IReadOnlyList<string>? Values { get; init; }
}
