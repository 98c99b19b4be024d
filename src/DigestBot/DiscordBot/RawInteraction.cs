namespace DigestBot.DiscordBot;

/// <summary>The fields of an interaction's payload that Discord.Net drops (see <see cref="RawInteractions"/>).</summary>
public sealed record RawInteraction(ulong? MemberPermissions, ulong? ChannelId);
