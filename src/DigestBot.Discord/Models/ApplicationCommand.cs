using System.Text.Json.Serialization;

namespace DigestBot.Discord.Models;

/// <summary>
/// An application command as registered by bulk overwrite (and returned with its ids). Names are 1–32
/// lower-case characters, descriptions 1–100, at most 25 options with the required ones first.
/// </summary>
public sealed record ApplicationCommand(string Name, string Description)
{
    public const int ChatInput = 1;
    public const int MaxName = 32;
    public const int MaxDescription = 100;
    public const int MaxOptions = 25;

    /// <summary>Interaction contexts: 0 guild, 1 bot DM, 2 private channel.</summary>
    public const int GuildContext = 0;

    /// <summary>Installation contexts: 0 guild install, 1 user install.</summary>
    public const int GuildInstall = 0;

    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong? Id { get; init; }

    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong? ApplicationId { get; init; }

    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong? GuildId { get; init; }

    public int? Type { get; init; } = ChatInput;

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Who may use it by default, a decimal string bitfield (<c>"16"</c> = Manage Channels); admins can override.</summary>
    public string? DefaultMemberPermissions { get; init; }

    public IReadOnlyList<int>? Contexts { get; init; }

    public IReadOnlyList<int>? IntegrationTypes { get; init; }

    public bool? Nsfw { get; init; }

    [JsonNumberHandling(Snowflake.JsonHandling)]
    public ulong? Version { get; init; }
}
