namespace DigestBot.Discord.Rest;

/// <summary>
/// How the REST client talks to Discord. A class, not a record: a record's generated ToString would print the
/// token into any log line that formats these options.
/// </summary>
public sealed class DiscordRestOptions
{
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The bot token, sent as <c>Authorization: Bot …</c>; never logged nor put in an exception.</summary>
    public required string Token { get; init; }

    /// <summary>Must include the API version: without it Discord selects the deprecated v6.</summary>
    public Uri ApiBaseUrl { get; init; } = new(DefaultApiBaseUrl);

    /// <summary>Discord's global limit per bot; lowered by the client whenever Discord answers a global 429.</summary>
    public int GlobalRequestsPerSecond { get; init; } = 50;

    /// <summary>One attempt's limit; a timed-out attempt is retried like a 5xx.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Retries after a 5xx, a timeout or a network error, with exponential back-off.</summary>
    public int MaxRetries { get; init; } = 3;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many 429s one call waits out before it gives up.</summary>
    public int MaxRateLimitRetries { get; init; } = 10;

    /// <summary>The <c>$url</c> of Discord's required <c>User-Agent: DiscordBot ($url, $versionNumber)</c>.</summary>
    public string UserAgentUrl { get; init; } = "https://github.com/digestbot/digestbot";

    public string UserAgentVersion { get; init; } =
        typeof(DiscordRestOptions).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";

    public string UserAgent => $"DiscordBot ({UserAgentUrl}, {UserAgentVersion})";
}
