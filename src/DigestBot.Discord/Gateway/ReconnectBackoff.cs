namespace DigestBot.Discord.Gateway;

/// <summary>
/// The pause before reconnecting: under a second (jittered) after a healthy connection ended, then doubling from
/// <see cref="DiscordGatewayOptions.ReconnectDelay"/> per failed attempt up to <see cref="DiscordGatewayOptions.MaxReconnectDelay"/>.
/// </summary>
internal static class ReconnectBackoff
{
    public static TimeSpan Delay(DiscordGatewayOptions options, int failures)
    {
        var jitter = TimeSpan.FromSeconds(Random.Shared.NextDouble());
        if (failures <= 0)
        {
            return jitter;
        }

        var exponential = options.ReconnectDelay * Math.Pow(2, Math.Min(failures - 1, 20));
        return (exponential < options.MaxReconnectDelay ? exponential : options.MaxReconnectDelay) + jitter;
    }
}
