namespace DigestBot.Discord.Gateway;

/// <summary>Where the gateway connection is; for status lines and tests.</summary>
public enum GatewayState
{
    Disconnected,
    Connecting,
    Identifying,
    Resuming,

    /// <summary>READY or RESUMED arrived: dispatches flow.</summary>
    Connected,

    /// <summary>Stopped for good: shut down, or a close code that forbids reconnecting.</summary>
    Stopped,
}
