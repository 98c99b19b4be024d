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

    /// <summary>Discord's global REST limit per bot; the client lowers it by itself after a global 429.</summary>
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>
    /// How long Discord is trusted to honour <c>enforce_nonce</c> (documented only as "a few minutes"): a chunk
    /// whose first attempt is older is looked for among the channel's recent messages before it is sent again.
    /// </summary>
    public int NonceWindowSeconds { get; set; } = 120;

    /// <summary>One REST attempt's limit; a timed-out attempt is retried like a 5xx.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public DiscordMode EffectiveMode => Mode ?? (string.IsNullOrWhiteSpace(Token) ? DiscordMode.Local : DiscordMode.Gateway);
}
