using System.Text.Json.Serialization;

namespace DigestBot.Discord.Models;

/// <summary>
/// An interaction (gateway INTERACTION_CREATE or an HTTP POST). Doc examples omit optional fields such as
/// <c>application_id</c> and <c>version</c>, so nothing here is required beyond what every type carries.
/// </summary>
public sealed record Interaction
{
    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong Id { get; init; }

    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong? ApplicationId { get; init; }

    public InteractionType Type { get; init; }

    /// <summary>Absent only on PING.</summary>
    public InteractionData? Data { get; init; }

    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong? GuildId { get; init; }

    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong? ChannelId { get; init; }

    public DiscordChannel? Channel { get; init; }

    /// <summary>The invoker in a guild (with permissions in that channel); <see cref="User"/> in DMs.</summary>
    public GuildMember? Member { get; init; }

    public DiscordUser? User { get; init; }

    /// <summary>A secret for 15 minutes: callbacks and follow-ups authenticate with it. Never log it.</summary>
    public string Token { get; init; } = string.Empty;

    public int? Version { get; init; }

    /// <summary>The bot's own permissions where the interaction came from (decimal string bitfield).</summary>
    public string? AppPermissions { get; init; }

    public string? Locale { get; init; }

    public string? GuildLocale { get; init; }

    public int? Context { get; init; }

    /// <summary>For components: the message they sit on.</summary>
    public DiscordMessage? Message { get; init; }

    /// <summary>The user who invoked it, in a guild or a DM.</summary>
    [JsonIgnore]
    public DiscordUser? Invoker => Member?.User ?? User;
}
