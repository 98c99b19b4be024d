using DigestBot.Commands;
using DigestBot.Digests;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Dashboard.Pages;

/// <summary>What the schedule form shows again after a refused save: what was typed, and why it was refused.</summary>
internal sealed record ScheduleForm(string When, string Zone, FormError Error);

/// <summary>
/// The channel page's schedule forms, each one of the bot's commands (same checks as in Discord and the terminal): save
/// runs <c>schedule set</c>, pause and resume run <c>schedule pause</c> and <c>schedule resume</c>. Refusals show in the
/// schedule section with what was typed: 403 for want of permission, 400 for the command's own.
/// </summary>
internal sealed class ScheduleActions(DashboardCommands commands, ChannelStore channels, ChannelPage page)
{
    /// <summary>
    /// <c>schedule set</c> with the schedule typed, and the time zone when it differs from the channel's (the field starts
    /// on it), so a zone written at the end of the schedule, <c>daily 17:00 Europe/Berlin</c>, is not "two time zones".
    /// </summary>
    public async Task SetAsync(HttpContext context, ulong channelId, ulong guildId)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var when = form["when"].ToString();
        var zone = form["tz"].ToString().Trim();
        var options = new Dictionary<string, object> { ["when"] = when };
        if (zone.Length > 0 && !zone.Equals(channels.Get(channelId).TimeZone, StringComparison.Ordinal))
        {
            options["tz"] = zone;
        }

        var reply = await commands.RunInChannelAsync(DashboardUser.Of(context), channelId, guildId, "schedule set", options, context.RequestAborted);
        await (reply.Kind == ReplyKind.Ok
            ? DashboardRoutes.Redirect(context, $"/channels/{channelId}?schedule=saved#schedule")
            : page.WriteAsync(context, channelId, guildId, status: Status(reply), schedule: new ScheduleForm(when, zone, new FormError(DashboardWording.Refusal(reply.Text)))));
    }

    /// <summary><c>schedule pause</c> or <c>schedule resume</c> (<paramref name="action"/> is <c>pause</c> or <c>resume</c>).</summary>
    public async Task RunAsync(HttpContext context, ulong channelId, ulong guildId, string action)
    {
        var reply = await commands.RunInChannelAsync(DashboardUser.Of(context), channelId, guildId, $"schedule {action}", [], context.RequestAborted);
        if (reply.Kind == ReplyKind.Ok)
        {
            await DashboardRoutes.Redirect(context, $"/channels/{channelId}?schedule={action}d#schedule");
            return;
        }

        var channel = channels.Get(channelId);
        await page.WriteAsync(context, channelId, guildId, status: Status(reply), schedule: new ScheduleForm(channel.Schedule, channel.TimeZone, new FormError(DashboardWording.Refusal(reply.Text))));
    }

    private static int Status(Reply refusal) =>
        refusal.Data == DashboardCommands.Refused ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
}
