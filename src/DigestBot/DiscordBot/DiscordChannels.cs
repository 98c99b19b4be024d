using System.Collections.Concurrent;
using Discord;

namespace DigestBot.DiscordBot;

/// <summary>
/// Channel objects to post to, fetched as cheaply as possible: from the gateway's cache (Gateway mode has every channel
/// of every guild), else one <c>GET /channels/{id}</c> remembered for the process (Http mode, or a CLI command). Threads
/// the bot makes are remembered as they are made.
/// </summary>
public sealed class DiscordChannels(DiscordClients clients)
{
    private const int MaxRemembered = 10_000;
    private readonly ConcurrentDictionary<ulong, IMessageChannel> _fetched = new();

    /// <summary>The channel, or null when Discord does not know it (404).</summary>
    public async Task<IMessageChannel?> GetAsync(ulong channelId, RequestOptions options)
    {
        if (clients.Cached(channelId) is { } cached)
        {
            return cached;
        }

        if (_fetched.TryGetValue(channelId, out var known))
        {
            return known;
        }

        var rest = await clients.RestAsync(options.CancelToken);
        if (await rest.GetChannelAsync(channelId, options) is not IMessageChannel channel)
        {
            return null;
        }

        Remember(channel);
        return channel;
    }

    public void Remember(IMessageChannel channel)
    {
        if (_fetched.Count >= MaxRemembered)
        {
            _fetched.Clear();
        }

        _fetched[channel.Id] = channel;
    }
}
