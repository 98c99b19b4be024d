namespace DigestBot.Dashboard.Login;

/// <summary>Who an access token belongs to (<c>GET /users/@me</c>) and every server they are in (<c>GET /users/@me/guilds</c>).</summary>
public sealed record DiscordIdentity(ulong Id, string Name, IReadOnlyList<MemberGuild> Guilds);
