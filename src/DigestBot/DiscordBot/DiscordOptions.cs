namespace DigestBot.DiscordBot;

/// <summary><c>DigestBot:Discord</c>: credentials and endpoints. Secrets come from the environment, never the repo.</summary>
public sealed class DiscordOptions
{
    public const string Section = "DigestBot:Discord";

    /// <summary>Null means: <see cref="DiscordMode.Local"/> without a token, <see cref="DiscordMode.Gateway"/> with one.</summary>
    public DiscordMode? Mode { get; set; }

    public string Token { get; set; } = string.Empty;

    public string ApplicationId { get; set; } = string.Empty;

    public string PublicKey { get; set; } = string.Empty;

    public string GuildId { get; set; } = string.Empty;

    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    public string GatewayUrl { get; set; } = string.Empty;

    public DiscordHttpOptions Http { get; set; } = new();

    /// <summary>Discord's global REST limit per bot, kept before Discord has to say so with a 429.</summary>
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>
    /// Gateway connections: 1 is one <c>DiscordSocketClient</c>; more make a <c>DiscordShardedClient</c> with that many
    /// shards; 0 asks Discord how many it recommends. Needed only past 2,500 servers (Discord then closes with 4011).
    /// </summary>
    public int Shards { get; set; } = 1;

    /// <summary>
    /// How long Discord is trusted to honour <c>enforce_nonce</c> (documented only as "a few minutes"): a chunk
    /// whose first attempt is older is looked for among the channel's recent messages before it is sent again (was
    /// <c>NonceWindowSeconds</c>).
    /// </summary>
    public TimeSpan NonceWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>One REST call's limit (Discord.Net would wait 100 s); a digest post that timed out is looked for before it is tried again.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public DiscordMode EffectiveMode => Mode ?? (string.IsNullOrWhiteSpace(Token) ? DiscordMode.Local : DiscordMode.Gateway);
}
