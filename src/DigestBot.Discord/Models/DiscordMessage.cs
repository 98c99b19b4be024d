using System.Text.Json.Serialization;
using DigestBot.Discord.Json;

namespace DigestBot.Discord.Models;

/// <summary>A message as Discord returns it; only the fields the bot reads.</summary>
public sealed record DiscordMessage
{
    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong Id { get; init; }

    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong ChannelId { get; init; }

    public DiscordUser? Author { get; init; }

    public string Content { get; init; } = string.Empty;

    public DateTimeOffset Timestamp { get; init; }

    public DateTimeOffset? EditedTimestamp { get; init; }

    public IReadOnlyList<Embed> Embeds { get; init; } = [];

    public IReadOnlyList<Component>? Components { get; init; }

    /// <summary>Discord echoes a nonce as it was sent, a string or an integer; read as text either way.</summary>
    [JsonConverter(typeof(NonceJsonConverter))]
    public string? Nonce { get; init; }

    public MessageFlags? Flags { get; init; }

    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong? WebhookId { get; init; }

    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong? ApplicationId { get; init; }

    /// <summary>The thread started from this message, when there is one.</summary>
    public DiscordChannel? Thread { get; init; }
}
