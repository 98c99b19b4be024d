using System.Globalization;
using Discord;
using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.DiscordBot;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Dashboard;

/// <summary>
/// Which server a channel is in, to decide who may see and change it: the stored channel's (set when a watch is added from
/// inside it), else, for a member, the bot asks Discord (<c>GET /channels/{id}</c>, remembered by <see cref="DiscordChannels"/>).
/// The console channel, and channels Discord does not show the bot, are in no server: only the operator sees them.
/// Discord is asked only outside local mode.
/// </summary>
internal sealed class ChannelAccess(ChannelStore channels, IOptions<DiscordOptions> discord, DiscordChannels discordChannels, ILogger<ChannelAccess> logger)
{
    /// <summary>
    /// Runs <paramref name="next"/> with the channel id and its server when <paramref name="id"/> (as the address has it)
    /// is a channel id this user may see; else a 404 page that says which.
    /// </summary>
    public async Task RunAsync(HttpContext context, string id, Func<ulong, ulong, Task> next)
    {
        if (!TryParse(id, out var channelId))
        {
            await NotAChannelIdAsync(context, id);
            return;
        }

        var user = DashboardUser.Of(context);
        var guild = user.IsOperator ? channels.Get(channelId).GuildId : await GuildOfAsync(channelId, context.RequestAborted);
        if (!user.Sees(guild))
        {
            await NotFoundAsync(context, Html.Of($"Channel {channelId} is not in a server you share with DigestBot."));
            return;
        }

        await next(channelId, guild);
    }

    public static bool TryParse(string id, out ulong channelId) => ulong.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out channelId);

    /// <summary>The 404 page of an id that is no number, whether from the address or the channel list's Open form.</summary>
    public static Task NotAChannelIdAsync(HttpContext context, string id) =>
        NotFoundAsync(context, string.IsNullOrWhiteSpace(id)
            ? Html.Of($"No channel id was given: a channel id is a number, such as 0 or 123456789012345678.")
            : Html.Of($"'{id}' is not a channel id: a channel id is a number, such as 0 or 123456789012345678."));

    private static Task NotFoundAsync(HttpContext context, Html why) =>
        Layout.WriteAsync(context, StatusCodes.Status404NotFound, Layout.Page(context, "Channel not found", "/channels", Html.Of($"""
            <p class="error" role="alert">{why}</p><p><a href="/channels">Your channels</a></p>
            """)));

    private async Task<ulong> GuildOfAsync(ulong channelId, CancellationToken cancellationToken)
    {
        var stored = channels.Get(channelId).GuildId;
        if (stored != 0 || channelId == CommandOrigin.LocalChannel || discord.Value.EffectiveMode == DiscordMode.Local)
        {
            return stored;
        }

        try
        {
            return await discordChannels.GetAsync(channelId, new RequestOptions { CancelToken = cancellationToken }) is IGuildChannel channel ? channel.GuildId : 0;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Dashboard: the server of channel {Channel} could not be read from Discord: {Error}", channelId, e.Message);
            return 0;
        }
    }
}
