using DigestBot.Commands;
using DigestBot.Watches;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Dashboard.Pages;

/// <summary>
/// The channel page's forms, each one of the bot's commands (same limits and checks as in Discord and the terminal): save
/// runs <c>watch add</c>, or <c>watch edit</c> for a watch opened with its Edit link; pause, resume and remove run
/// <c>watch pause</c>, <c>watch resume</c> and <c>watch remove</c>.
/// Refusals show on the page: 403 for want of permission, 400 for the command's own.
/// </summary>
internal sealed class WatchActions(DashboardCommands commands, WatchStore watches, ChannelPage page)
{
    public async Task AddAsync(HttpContext context, ulong channelId, ulong guildId)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var query = form["query"].ToString();
        var name = form["name"].ToString();
        var options = new Dictionary<string, object> { ["query"] = query };
        if (!string.IsNullOrWhiteSpace(name))
        {
            options["name"] = name;
        }

        var reply = await commands.RunInChannelAsync(DashboardUser.Of(context), channelId, guildId, "watch add", options, context.RequestAborted);
        if (reply.Kind != ReplyKind.Ok)
        {
            var error = new FormError(DashboardWording.Refusal(reply.Text), Field(reply));
            await page.WriteAsync(context, channelId, guildId, query, name, error, Status(reply));
            return;
        }

        var added = watches.ForChannel(channelId) is [.., var last] ? last : null;
        await DashboardRoutes.Redirect(context, $"/channels/{channelId}?added={Uri.EscapeDataString(added?.Name ?? query)}#watches");
    }

    /// <summary>
    /// The editor saved for watch <paramref name="watch"/>: <c>watch edit</c> with the query typed, and the name when it
    /// differs from the watch's (a name left as it was is not given, so a name that was its query's default follows the
    /// new query, as in the terminal).
    /// </summary>
    public async Task EditAsync(HttpContext context, ulong channelId, ulong guildId, int watch)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var query = form["query"].ToString();
        var name = form["name"].ToString();
        var current = watches.ForChannel(channelId).FirstOrDefault(w => w.Id == watch);
        var options = new Dictionary<string, object> { ["watch"] = (long)watch };
        if (!string.IsNullOrWhiteSpace(query))
        {
            options["query"] = query;
        }

        if (!string.IsNullOrWhiteSpace(name) && !string.Equals(name.Trim(), current?.Name, StringComparison.Ordinal))
        {
            options["name"] = name;
        }

        var reply = await commands.RunInChannelAsync(DashboardUser.Of(context), channelId, guildId, "watch edit", options, context.RequestAborted);
        if (reply.Kind != ReplyKind.Ok)
        {
            var error = new FormError(DashboardWording.Refusal(reply.Text), Field(reply));
            await page.WriteAsync(context, channelId, guildId, query, name, error, Status(reply), editing: current?.Id);
            return;
        }

        var saved = watches.ForChannel(channelId).FirstOrDefault(w => w.Id == watch);
        await DashboardRoutes.Redirect(context, $"/channels/{channelId}?added={Uri.EscapeDataString(saved?.Name ?? query)}#watches");
    }

    /// <summary>A command on one watch of the channel: <c>watch pause</c>, <c>watch resume</c> or <c>watch remove</c>.</summary>
    public async Task RunAsync(HttpContext context, ulong channelId, ulong guildId, string command, int watch)
    {
        var options = new Dictionary<string, object> { ["watch"] = (long)watch };
        var reply = await commands.RunInChannelAsync(DashboardUser.Of(context), channelId, guildId, command, options, context.RequestAborted);
        await (reply.Kind == ReplyKind.Ok
            ? DashboardRoutes.Redirect(context, $"/channels/{channelId}#watches")
            : page.WriteAsync(context, channelId, guildId, error: new FormError(DashboardWording.Refusal(reply.Text)), status: Status(reply)));
    }

    /// <summary>
    /// Which field of the editor a refusal of <c>watch add</c> is about: the option the command names with it
    /// (<see cref="Reply.Option"/>), the query or the name (too long, or a watch of the channel with that name, given or
    /// the query's default). Any other refusal (the channel's limit, a cooldown, a permission) is the form's.
    /// </summary>
    private static FormField Field(Reply refusal) => refusal.Data == DashboardCommands.Refused ? FormField.Form : refusal.Option switch
    {
        WatchProblem.QueryOption => FormField.Query,
        WatchProblem.NameOption => FormField.Name,
        _ => FormField.Form,
    };

    private static int Status(Reply refusal) =>
        refusal.Data == DashboardCommands.Refused ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
}
