namespace DigestBot.Dashboard.Login;

/// <summary>
/// Discord refused or failed a step of the login, said in one line that names the step and Discord's status and error
/// code, never what was sent (the secret, the code, a token) nor Discord's free-text description, which may echo them.
/// </summary>
public sealed class DiscordLoginException(string message, bool tokenRefused = false) : Exception(message)
{
    /// <summary>Discord answered 401 to the member's token: revoked, or expired; their session is over.</summary>
    public bool TokenRefused { get; } = tokenRefused;
}
