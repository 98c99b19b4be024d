using System.Globalization;
using DigestBot.Digests;
using DigestBot.Watches;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Dashboard.Pages;

/// <summary>
/// <c>/channels/{id}</c>: the channel's schedule with its next three digests in its own zone (with a form that sets it,
/// and pause or resume), its watches (edit, pause,
/// resume, remove), the watch editor (adding a watch, or with <c>?edit=N</c> changing watch N), matches per day per
/// watch, and the delivery log of its last digests.
/// </summary>
internal sealed class ChannelPage(ChannelStore channels, WatchStore watches, Outbox outbox, WatchEditor editor, WatchActivity activity, DeliveryLog log, TimeProvider time)
{
    private const ulong CommandsChannel = Commands.CommandOrigin.LocalChannel;

    /// <param name="editing">The number of the watch the editor changes (<c>?edit=N</c>), or null to add one.</param>
    /// <param name="schedule">A refused schedule form, shown again with its refusal; null shows the channel's own.</param>
    public Task WriteAsync(
        HttpContext context, ulong channelId, ulong guildId, string? query = null, string? name = null, FormError? error = null, int status = StatusCodes.Status200OK,
        int? editing = null, ScheduleForm? schedule = null)
    {
        var channel = channels.Get(channelId);
        var list = watches.ForChannel(channelId);
        var edited = editing is { } number ? list.FirstOrDefault(w => w.Id == number) : null;
        if (edited is not null && HttpMethods.IsGet(context.Request.Method) && !context.Request.Query.ContainsKey("query"))
        {
            // Opened from the watch's Edit link: the editor starts from what the watch has.
            (query, name) = (edited.Query, edited.Name);
        }

        // Forms only for whoever may use them; the posts are checked again on the server all the same.
        var manages = DashboardUser.Of(context).MayManage(guildId);
        var hidden = manages ? Layout.FormToken(context) : Html.Empty;
        var rows = list.Select(w => Html.Of($"""
            <tr><th scope="row">{w.Id}</th><td>{w.Name}</td><td><code>{w.Query}</code></td><td>{(w.Muted ? Html.Of($"<span class=\"warn\">paused</span>") : Html.Of($"<span class=\"ok\">active</span>"))}</td>
            <td>{Html.When(manages, Html.Of($"""
                <a class="button secondary" href="/channels/{channelId}?edit={w.Id}#watch-editor" aria-label="Edit watch {w.Name}">Edit</a>
                <form method="post" class="inline" action="/channels/{channelId}/watches/{w.Id}/{(w.Muted ? "resume" : "pause")}">{hidden}<button type="submit" class="secondary" aria-label="{(w.Muted ? "Resume" : "Pause")} watch {w.Name}">{(w.Muted ? "Resume" : "Pause")}</button></form>
                <form method="post" class="inline" action="/channels/{channelId}/watches/{w.Id}/remove">{hidden}<button type="submit" class="danger" aria-label="Remove watch {w.Name}">Remove</button></form>
                """))}</td></tr>
            """));
        var added = context.Request.Query["added"].ToString();
        var scheduled = context.Request.Query["schedule"].ToString() switch
        {
            "saved" => "Schedule saved.",
            "paused" => "Digests paused: matches keep queueing until they are resumed.",
            "resumed" => "Digests resumed.",
            _ => null,
        };
        var editorPanel = manages
            ? Html.Of($"<h2>{(edited is null ? "Add a watch" : $"Edit watch {edited.Id}: {edited.Name}")}</h2>{editor.Form(context, channelId, query ?? string.Empty, name ?? string.Empty, error, edited)}")
            : Html.Of($"""
                {Html.When(error is not null, Html.Of($"<p class=\"error\" role=\"alert\" id=\"channel-error\">{error?.Text}</p>"))}
                <p class="muted" id="read-only">You can read this channel's setup; changing it needs the Manage Channels permission in its server.</p>
                """);
        var body = Html.Of($"""
            {Html.When(added.Length > 0, Html.Of($"<p class=\"ok\" role=\"status\">Watch {added} saved.</p>"))}
            {Html.When(scheduled is not null, Html.Of($"<p class=\"ok\" role=\"status\">{scheduled}</p>"))}
            <h2 id="schedule">Schedule</h2>{Schedule(channel, list.Count > 0 || outbox.PendingCount(channelId) > 0)}
            {(manages ? ScheduleEditor(context, channelId, channel, schedule) : Html.When(schedule is not null, Html.Of($"<p class=\"error\" role=\"alert\" id=\"schedule-error\">{schedule?.Error.Text}</p>")))}
            <h2 id="watches">Watches ({list.Count} of {Watch.MaxPerChannel})</h2>
            {(list.Count == 0 ? Html.Of($"<p class=\"muted\">No watches yet.</p>") : Html.Of($"""
                <table id="watch-list"><tr><th scope="col">#</th><th scope="col">name</th><th scope="col">query</th><th scope="col">state</th><th scope="col">actions</th></tr>{rows}</table>
                """))}
            {editorPanel}
            <h2>Matches per day</h2>{activity.Render(channelId, list, time.GetUtcNow())}
            <h2 id="deliveries">Delivery log</h2>{log.Render(channel)}
            """);
        var title = channelId == CommandsChannel ? "Channel 0 (console)" : $"Channel {channelId.ToString(CultureInfo.InvariantCulture)}";
        return Layout.WriteAsync(context, status, Layout.Page(context, title, "/channels", body));
    }

    /// <summary>
    /// The schedule form: when (as <c>schedule set</c> takes it) and the time zone, starting on the channel's own or on
    /// what a refused save typed; and pause or resume.
    /// </summary>
    private static Html ScheduleEditor(HttpContext context, ulong channelId, ChannelState channel, ScheduleForm? refused)
    {
        var (when, zone) = refused is null ? (channel.Schedule, channel.TimeZone) : (refused.When, refused.Zone);
        var action = channel.Paused ? "resume" : "pause";
        return Html.Of($"""
            <form method="post" action="/channels/{channelId}/schedule" class="panel" id="schedule-editor">
            {Layout.FormToken(context)}
            {Html.When(refused is not null, Html.Of($"<p id=\"schedule-error\" class=\"error\" role=\"alert\">{refused?.Error.Text}</p>"))}
            <label for="when">When</label>
            <input type="text" id="when" name="when" value="{when}" maxlength="200" autocomplete="off" aria-describedby="when-help"{Html.When(refused is not null, Html.Trusted(" aria-invalid=\"true\""))}>
            <p id="when-help" class="small">{DigestSchedule.Forms}; e.g. <code>weekdays 09:00</code>, <code>every Monday and Thursday at 8</code></p>
            <label for="tz">Time zone (IANA name, e.g. Europe/Berlin)</label>
            <input type="text" id="tz" name="tz" value="{zone}" maxlength="100" autocomplete="off">
            <p><button type="submit">Save schedule</button></p></form>
            <form method="post" class="inline" action="/channels/{channelId}/schedule/{action}">{Layout.FormToken(context)}<button type="submit" class="secondary">{(channel.Paused ? "Resume digests" : "Pause digests")}</button></form>
            """);
    }

    /// <param name="watched">Whether the channel has a watch or papers waiting: without either, no digest is posted.</param>
    private Html Schedule(ChannelState channel, bool watched)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(channel.TimeZone);
        var next = DigestSchedule.TryParse(channel.Schedule, out var schedule, out _) && !channel.Paused
            ? schedule.NextFireTimes(zone, time.GetUtcNow(), 3)
            : [];
        var times = next.Select(t => Html.Of($"<li>{DashboardTime.InZone(t, zone)}</li>"));
        var when = channel.Paused
            ? Html.Of($"<p class=\"warn\">Paused: {channel.PausedReason ?? "by a command"}.</p>")
            : !watched ? Html.Of($"<p class=\"muted\" id=\"no-digest\">No digest is posted until this channel has a watch: a digest carries the papers its watches matched.</p>")
            : schedule is { IsInstant: true } ? Html.Of($"<p>Instant: each match is posted as it arrives.</p>")
            : Html.Of($"<p>Next digests:</p><ol>{times}</ol>");
        var words = schedule?.Words is { } w ? $" ({w})" : string.Empty;
        return Html.Of($"<p><code>{channel.Schedule}</code>{words} in {channel.TimeZone}</p>{when}");
    }
}
