using System.Text.Json.Serialization;

namespace DigestBot.Discord.Models;

/// <summary>A guild member as an interaction carries it.</summary>
public sealed record GuildMember
{
    public DiscordUser? User { get; init; }

    public string? Nick { get; init; }

    [JsonNumberHandling(Snowflake.JsonHandling)]
    public IReadOnlyList<ulong> Roles { get; init; } = [];

    /// <summary>The invoker's total permissions in the channel, overwrites included (decimal string bitfield).</summary>
    public string? Permissions { get; init; }

    /// <summary>Whether <see cref="Permissions"/> contains every bit of <paramref name="permission"/>.</summary>
    public bool Has(ulong permission) => Permission.Has(Permissions, permission);
}
