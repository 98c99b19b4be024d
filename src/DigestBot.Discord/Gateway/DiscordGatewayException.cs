namespace DigestBot.Discord.Gateway;

/// <summary>
/// The gateway stopped and will not reconnect: Discord closed it with a code that retrying cannot fix (4004 bad
/// token, 4010–4014 shard, version or intents), or the bot token was refused over REST. The message is the one
/// line to show; it never holds the token.
/// </summary>
public sealed class DiscordGatewayException(int? closeCode, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The WebSocket close code Discord sent, or null when REST refused the token first.</summary>
    public int? CloseCode { get; } = closeCode;
}
