namespace DigestBot.Discord.Models;

/// <summary><c>GET /gateway/bot</c>: where to connect, and how many identifies remain (changes as guilds change).</summary>
public sealed record GatewayBot(string Url, int Shards, SessionStartLimit SessionStartLimit);
