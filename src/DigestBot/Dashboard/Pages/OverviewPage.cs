using System.Globalization;
using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Semantic;
using DigestBot.Sources;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Dashboard.Pages;

/// <summary>
/// <c>/</c>: each source's health (last poll, new papers in the last day, failing since when and why), papers per day per
/// source over 30 days, and the next digests. Read from the same readers as <c>status</c> and <c>sources</c>.
/// </summary>
internal sealed class OverviewPage(SourceStatusReader sources, SourceActivity activity, NextDigests nextDigests, PaperStore papers, SemanticStatusReader semantic, TimeProvider time)
{
    private const int NextShown = 10;

    public Task WriteAsync(HttpContext context)
    {
        var now = time.GetUtcNow();
        var perDay = activity.PerDay(now);
        var rows = sources.Read().Select(s => Html.Of($"""
            <tr><th scope="row">{s.Name}</th><td>{s.Type}</td><td>{s.Polls}</td><td>{Health(s)}</td><td>{DashboardTime.Utc(s.LastAttempt)}</td><td>{DashboardTime.Utc(s.LastSuccess)}{NewInLastPoll(s)}</td><td>{NextPoll(s)}</td><td>{s.ItemsSeen}</td></tr>
            """));
        var user = DashboardUser.Of(context);
        var next = nextDigests.Soonest(NextShown, c => user.Sees(c.GuildId))
            .Select(c => Html.Of($"<li>{DashboardTime.InZone(c.At, c.Zone)} — <a href=\"/channels/{c.Channel}\">channel {c.Channel}</a> ({c.Pending} waiting, {c.Watches} {(c.Watches == 1 ? "watch" : "watches")})</li>"));
        var body = Html.Of($"""
            {Servers(user)}
            <p>{Counts.Papers(papers.Count())} stored.</p>
            <h2>Sources</h2>
            <table><caption class="muted">Each configured source, what it polls (a feed's address without its query string or credentials) and its health; "items read" counts the entries of every poll so far.</caption>
            <tr><th scope="col">source</th><th scope="col">type</th><th scope="col">polls</th><th scope="col">health</th><th scope="col">last poll</th><th scope="col">last success</th><th scope="col">next poll</th><th scope="col">items read</th></tr>{rows}</table>
            <h2>Papers per day</h2>
            {BarChart.Render("Papers first stored per day, by the kind of source that brought them (30 days, UTC; today last)", perDay.Days, perDay.Series)}
            <h2>Next digests</h2>
            {(next.Any() ? Html.Of($"<ul>{next}</ul>") : Html.Of($"<p class=\"muted\">No digest is scheduled: add a watch on <a href=\"/channels\">a channel's page</a>.</p>"))}
            {SemanticProgress()}
            """);
        return Layout.WriteAsync(context, Layout.Page(context, "Overview", "/", body));
    }

    /// <summary>For a member: the servers they share with the bot, and where they may change channels.</summary>
    private static Html Servers(DashboardUser user) => user.Guilds switch
    {
        null => Html.Empty,
        [] => Html.Of($"<p class=\"warn\" id=\"servers\">You share no server with DigestBot: there is no channel here for you yet.</p>"),
        var shared => Html.Of($"""
            <h2>Your servers</h2><ul id="servers">{shared.Select(g => Html.Of($"<li>{g.Name} <span class=\"small\">({(g.MayManage ? "you may change its channels" : "read only: changing needs Manage Channels")})</span></li>"))}</ul>
            """),
    };

    /// <summary>How far the vectors of semantic search have got: the line <c>status</c> prints.</summary>
    private Html SemanticProgress() => Html.Of($"<h2>Semantic search</h2><p>{semantic.Read().Line}</p>");

    /// <summary>When the source is polled next, and its schedule in words (<c>every 3 hours at :20 (UTC)</c>).</summary>
    private static Html NextPoll(SourceStatus source) => source is { Polled: true, NextPoll: { } next }
        ? Html.Of($"{DashboardTime.Utc(next)}<br><span class=\"muted\">{DigestSchedule.PollInWords(source.Schedule)} ({source.TimeZone})</span>")
        : Html.Of($"<span class=\"muted\">—</span>");

    /// <summary>"· 312 new" after the last success: what that poll brought.</summary>
    private static Html NewInLastPoll(SourceStatus source) =>
        source is { LastSuccess: not null, LastPollNew: { } count } ? Html.Of($" · {count.ToString("N0", CultureInfo.InvariantCulture)} new") : Html.Empty;

    private static Html Health(SourceStatus source) => source switch
    {
        { Polled: false } => Html.Of($"<span class=\"muted\">not polled: {source.NotPolledBecause}</span>"),
        { FailingSince: { } since } => Html.Of($"<span class=\"bad\">failing since {DashboardTime.Utc(since)}: {source.LastError}</span>"),
        { LastSuccess: null } => Html.Of($"<span class=\"muted\">not polled yet</span>"),
        _ => Html.Of($"<span class=\"ok\">ok</span>"),
    };
}
