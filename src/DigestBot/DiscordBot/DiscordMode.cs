namespace DigestBot.DiscordBot;

/// <summary>How DigestBot talks to Discord, if at all.</summary>
public enum DiscordMode
{
    /// <summary>No Discord: commands at the terminal, digests printed to the console.</summary>
    Local,

    /// <summary>A gateway WebSocket the bot opens (works behind NAT).</summary>
    Gateway,

    /// <summary>Discord calls our HTTP interactions endpoint; no gateway connection.</summary>
    Http,
}
