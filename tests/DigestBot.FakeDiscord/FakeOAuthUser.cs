using System.Collections.Concurrent;

namespace DigestBot.FakeDiscord;

/// <summary>
/// A Discord user of the fake OAuth2 provider: who <c>/users/@me</c> says, the servers <c>/users/@me/guilds</c> lists (a
/// test may change them between requests, as roles change), and whether they already authorized the application (then
/// <c>prompt=none</c> skips the consent screen, as Discord does).
/// </summary>
public sealed class FakeOAuthUser(ulong id, string username, string? globalName = null)
{
    public ulong Id { get; } = id;

    public string Username { get; } = username;

    public string? GlobalName { get; } = globalName;

    public ConcurrentDictionary<ulong, FakeOAuthGuild> Guilds { get; } = new();

    public bool HasAuthorized { get; set; }

    public FakeOAuthUser In(params FakeOAuthGuild[] guilds)
    {
        foreach (var guild in guilds)
        {
            Guilds[guild.Id] = guild;
        }

        return this;
    }
}
