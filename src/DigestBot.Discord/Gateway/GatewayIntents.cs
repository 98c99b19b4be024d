namespace DigestBot.Discord.Gateway;

/// <summary>
/// Gateway intents the bot may ask for. INTERACTION_CREATE needs none; <see cref="Guilds"/> adds GUILD_CREATE/DELETE
/// and CHANNEL_/THREAD_DELETE, which let the bot archive watches of removed channels. No privileged intent is ever needed.
/// </summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
}
