namespace DigestBot.Dashboard.Login;

/// <summary>
/// <c>DigestBot:Dashboard:Discord</c>: "Log in with Discord" (OAuth2 code flow, <c>identify</c> and <c>guilds</c>), offered
/// when the three first keys are set. The secret comes from the environment
/// (<c>DigestBot__Dashboard__Discord__ClientSecret</c>), never from a committed file, and is never logged.
/// </summary>
public sealed class DashboardDiscordOptions
{
    /// <summary>The path the dashboard serves the callback on: <see cref="RedirectUrl"/> must end with it.</summary>
    public const string CallbackPath = "/login/discord/callback";

    /// <summary>The application's OAuth2 client id (the application id in Discord's developer portal).</summary>
    public string ClientId { get; set; } = string.Empty;

    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>The callback as the browser reaches it (through the reverse proxy), registered as a redirect in the portal.</summary>
    public string RedirectUrl { get; set; } = string.Empty;

    public string AuthorizeUrl { get; set; } = "https://discord.com/oauth2/authorize";

    /// <summary>Where the token exchange (<c>/oauth2/token</c>) and the member's reads (<c>/users/@me</c>, <c>/users/@me/guilds</c>) go.</summary>
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret) && !string.IsNullOrWhiteSpace(RedirectUrl);
}
