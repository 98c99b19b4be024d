using DigestBot.Digests;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Dashboard.Pages;

/// <summary><c>/channels</c>: every channel with watches or a schedule, as <c>status</c> reads them, each linking to its page.</summary>
internal sealed class ChannelsPage(ChannelStatusReader channels)
{
    public Task WriteAsync(HttpContext context)
    {
        var rows = channels.Read().Select(c => Html.Of($"""
            <tr><th scope="row"><a href="/channels/{c.Channel}">{(c.Channel == "0" ? "0 (console)" : c.Channel)}</a></th><td>{c.Guild}</td><td>{c.Watches}</td>
            <td>{c.Schedule} ({c.TimeZone})</td><td>{DashboardTime.Utc(c.NextDigest)}</td><td>{c.Pending}</td><td>{DashboardTime.Utc(c.LastDigest)}</td><td>{State(c)}</td></tr>
            """)).ToList();
        var body = Html.Of($"""
            {(rows.Count == 0 ? Html.Of($"<p class=\"muted\">No channel has watches yet.</p>") : Html.Of($"""
                <table><tr><th scope="col">channel</th><th scope="col">server</th><th scope="col">watches</th><th scope="col">schedule</th><th scope="col">next digest</th><th scope="col">waiting</th><th scope="col">last digest</th><th scope="col">state</th></tr>{rows}</table>
                """))}
            <form method="get" action="/channels/open" class="panel"><label for="open-channel">Open a channel by id (0 is the console channel)</label>
            <div class="fields"><div><input type="text" id="open-channel" name="id" inputmode="numeric" pattern="[0-9]+" required></div><div><button type="submit">Open</button></div></div></form>
            """);
        return Layout.WriteAsync(context, Layout.Page("Channels", "/channels", body));
    }

    private static Html State(ChannelStatus channel) => channel switch
    {
        { Paused: true } => Html.Of($"<span class=\"warn\">paused: {channel.PausedReason ?? "by a command"}</span>"),
        { LastError: { } error } => Html.Of($"<span class=\"bad\">failing: {error}</span>"),
        _ => Html.Of($"<span class=\"ok\">ok</span>"),
    };
}
