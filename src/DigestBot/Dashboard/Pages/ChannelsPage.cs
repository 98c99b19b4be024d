using DigestBot.Digests;
using DigestBot.Watches;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Dashboard.Pages;

/// <summary>
/// <c>/channels</c>: every channel with watches or a schedule, as <c>status</c> reads them, a hundred a page (reading
/// one channel's status costs a few lookups, so a thousand channels are not read for one page), each linking to its page.
/// A member sees the channels of the servers they share with the bot.
/// </summary>
internal sealed class ChannelsPage(ChannelStatusReader status, ChannelStore channels, WatchStore watches)
{
    public const int PageSize = 100;

    public Task WriteAsync(HttpContext context)
    {
        var user = DashboardUser.Of(context);
        var ids = (user.Guilds is { } shared
                ? shared.SelectMany(g => channels.ChannelsInGuild(g.Id).Union(watches.ChannelsInGuild(g.Id)))
                : channels.All().Select(c => c.Id).Union(watches.Channels()))
            .Distinct().Order().ToList();
        var pages = Math.Max(1, (ids.Count + PageSize - 1) / PageSize);
        var page = int.TryParse(context.Request.Query["page"], out var p) ? Math.Clamp(p, 1, pages) : 1;
        var shown = ids.Skip((page - 1) * PageSize).Take(PageSize).SelectMany(id => status.Read(id));
        var rows = shown.Select(c => Html.Of($"""
            <tr><th scope="row"><a href="/channels/{c.Channel}">{(c.Channel == "0" ? "0 (console)" : c.Channel)}</a></th><td>{Server(c)}</td><td>{c.Watches}</td>
            <td>{DigestSchedule.Described(c.Schedule, c.TimeZone)}</td><td>{DashboardTime.InZone(c.NextDigest, c.TimeZone)}</td><td>{c.Pending}</td><td>{DashboardTime.InZone(c.LastDigest, c.TimeZone)}</td><td>{State(c)}</td></tr>
            """)).ToList();
        var body = Html.Of($"""
            {(rows.Count == 0 ? Html.Of($"<p class=\"muted\">No channel has watches yet.</p>") : Html.Of($"""
                <table><tr><th scope="col">channel</th><th scope="col">server</th><th scope="col">watches</th><th scope="col">schedule</th><th scope="col">next digest</th><th scope="col">waiting</th><th scope="col">last digest</th><th scope="col">state</th></tr>{rows}</table>
                """))}
            {Html.When(pages > 1, Html.Of($"<nav aria-label=\"Channel pages\"><p>Page {page} of {pages}, {ids.Count} channels. {Html.When(page > 1, Html.Of($"<a href=\"/channels?page={page - 1}\">Previous</a>"))} {Html.When(page < pages, Html.Of($"<a href=\"/channels?page={page + 1}\">Next</a>"))}</p></nav>"))}
            <form method="get" action="/channels/open" class="panel"><label for="open-channel">Open a channel by id (0 is the console channel)</label>
            <div class="fields"><div><input type="text" id="open-channel" name="id" inputmode="numeric" pattern="[0-9]+" required></div><div><button type="submit">Open</button></div></div></form>
            """);
        return Layout.WriteAsync(context, Layout.Page(context, "Channels", "/channels", body));
    }

    /// <summary>The channel's server; none stored (the console, or a channel set up from the terminal) is 0, shown as none.</summary>
    private static Html Server(ChannelStatus channel) =>
        channel.Guild == "0" ? Html.Of($"<span class=\"muted\">none</span>") : Html.Of($"{channel.Guild}");

    private static Html State(ChannelStatus channel) => channel switch
    {
        { Paused: true } => Html.Of($"<span class=\"warn\">paused: {channel.PausedReason ?? "by a command"}</span>"),
        { LastError: { } error } => Html.Of($"<span class=\"bad\">failing: {error}</span>"),
        _ => Html.Of($"<span class=\"ok\">ok</span>"),
    };
}
