using DigestBot.Commands;
using DigestBot.Watches;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Dashboard.Pages;

/// <summary>
/// The channel page's forms: save runs <c>watch add</c> and remove runs <c>watch remove</c> (same limits and checks as in
/// Discord and the terminal); pause and resume mute a watch, which percolation then skips. Refusals show on the page.
/// </summary>
internal sealed class WatchActions(DashboardCommands commands, WatchStore watches, ChannelPage page)
{
    public async Task AddAsync(HttpContext context, ulong channelId)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var query = form["query"].ToString();
        var name = form["name"].ToString();
        var options = new Dictionary<string, object> { ["query"] = query };
        if (!string.IsNullOrWhiteSpace(name))
        {
            options["name"] = name;
        }

        var reply = await commands.RunInChannelAsync(channelId, "watch add", options, context.RequestAborted);
        if (reply.Kind != ReplyKind.Ok)
        {
            await page.WriteAsync(context, channelId, query, name, reply.Text, StatusCodes.Status400BadRequest);
            return;
        }

        var added = watches.ForChannel(channelId) is [.., var last] ? last : null;
        await DashboardRoutes.Redirect(context, $"/channels/{channelId}?added={Uri.EscapeDataString(added?.Name ?? query)}#watches");
    }

    public Task SetPausedAsync(HttpContext context, ulong channelId, int watch, bool paused) =>
        watches.SetMuted(channelId, watch, paused)
            ? DashboardRoutes.Redirect(context, $"/channels/{channelId}#watches")
            : NotFound(context, channelId, watch);

    public async Task RemoveAsync(HttpContext context, ulong channelId, int watch)
    {
        var reply = await commands.RunInChannelAsync(channelId, "watch remove", new Dictionary<string, object> { ["watch"] = (long)watch }, context.RequestAborted);
        await (reply.Kind == ReplyKind.Ok
            ? DashboardRoutes.Redirect(context, $"/channels/{channelId}#watches")
            : page.WriteAsync(context, channelId, error: reply.Text, status: StatusCodes.Status400BadRequest));
    }

    private Task NotFound(HttpContext context, ulong channelId, int watch) =>
        page.WriteAsync(context, channelId, error: $"watch: this channel has no watch {watch}", status: StatusCodes.Status404NotFound);
}
