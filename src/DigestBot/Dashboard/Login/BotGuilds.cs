using Discord;
using DigestBot.DiscordBot;
using Microsoft.Extensions.Options;

namespace DigestBot.Dashboard.Login;

/// <summary>
/// The servers the bot is in, asked of Discord with the bot's token (<c>GET /users/@me/guilds</c>, through the bot's own
/// REST client and its rate limits), remembered for <see cref="Remember"/> so logins and rechecks do not repeat it.
/// In local mode the bot is in no server, so a Discord login shares none.
/// </summary>
internal sealed class BotGuilds(IOptions<DiscordOptions> options, DiscordClients clients) : IDisposable
{
    private static readonly TimeSpan Remember = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (long At, IReadOnlySet<ulong> Ids)? _known;

    public async Task<IReadOnlySet<ulong>> ReadAsync(CancellationToken cancellationToken)
    {
        if (options.Value.EffectiveMode == DiscordMode.Local)
        {
            return new HashSet<ulong>();
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Real time, whatever clock the bot runs on: this is about not asking Discord too often.
            if (_known is { } known && TimeProvider.System.GetElapsedTime(known.At) < Remember)
            {
                return known.Ids;
            }

            var rest = await clients.RestAsync(cancellationToken);
            var pages = await rest.GetGuildSummariesAsync(new RequestOptions { CancelToken = cancellationToken }).FlattenAsync();
            var ids = pages.Select(g => g.Id).ToHashSet();
            _known = (TimeProvider.System.GetTimestamp(), ids);
            return ids;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
