namespace DigestBot.FakeDiscord;

/// <summary>A server as a member's <c>GET /users/@me/guilds</c> lists it: their permissions there (Discord sends them as a string).</summary>
public sealed record FakeOAuthGuild(ulong Id, string Name, ulong Permissions, bool Owner = false);
