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

    public DiscordMode EffectiveMode => Mode ?? (string.IsNullOrWhiteSpace(Token) ? DiscordMode.Local : DiscordMode.Gateway);
}
