namespace DigestBot.Discord.Gateway;

/// <summary>
/// How the gateway client connects. A class, not a record: a record's generated ToString would print the token.
/// The identify limits are far inside Discord's (1000 Identifies per 24 h, going over resets the token), so no
/// reconnect loop, however long, can approach them; Resumes do not count.
/// </summary>
public sealed class DiscordGatewayOptions
{
    /// <summary>Sent in Identify and Resume only; never logged.</summary>
    public required string Token { get; init; }

    /// <summary>Overrides the URL from <c>GET /gateway/bot</c>; <c>?v=10&amp;encoding=json</c> is added by the client.</summary>
    public Uri? GatewayUrl { get; init; }

    public GatewayIntents Intents { get; init; } = GatewayIntents.Guilds;

    /// <summary>A tenth of Discord's daily 1000.</summary>
    public int MaxIdentifiesPerDay { get; init; } = 100;

    /// <summary>Discord allows one Identify per 5 s per concurrency bucket; we never go faster.</summary>
    public TimeSpan MinIdentifyInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>When Discord's own count of remaining Identifies falls to this, the client waits for its reset.</summary>
    public int IdentifyReserve { get; init; } = 10;

    /// <summary>The first retry after a failed connection; doubling up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromMinutes(2);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a closing handshake may take before the socket is dropped.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public string Os { get; init; } = Environment.OSVersion.Platform == PlatformID.Unix ? "linux" : "windows";

    public string Browser { get; init; } = "digestbot";

    public string Device { get; init; } = "digestbot";
}
