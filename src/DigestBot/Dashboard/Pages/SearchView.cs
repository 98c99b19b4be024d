using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Semantic;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Dashboard.Pages;

/// <summary>
/// <c>/search</c>: the <c>search</c> command itself (same query language, free text or fields, date window, sort), twenty
/// results a page, each linking to its paper page. A GET form: results are bookmarkable and need no script. With no
/// query yet, a few example queries to start from, as links. Sort is the command's two orders by their names: relevance,
/// the command's default (which lists newest first a query with nothing to rank), and date. Titles and snippets are shown
/// as readable text (<see cref="ReadableTex"/>), as the command's cards show them.
/// </summary>
internal sealed class SearchView(DashboardCommands commands, PaperStore papers, SemanticIndex vectors)
{
    public const int PageSize = 20;

    private static readonly (string Value, string Label)[] Windows = [("", "any date"), ("7d", "last 7 days"), ("30d", "last 30 days"), ("1y", "last year")];

    public async Task WriteAsync(HttpContext context)
    {
        var q = context.Request.Query["q"].ToString().Trim();
        var since = context.Request.Query["since"].ToString();
        // Relevance is the command's default, run as such (no --sort); a link with sort=relevance means the same.
        var sort = context.Request.Query["sort"].ToString() == "date" ? "date" : string.Empty;
        var offset = int.TryParse(context.Request.Query["offset"], out var o) ? Math.Clamp(o, 0, SearchRequest.MaxOffset) : 0;
        var results = q.Length == 0 ? Examples() : Html.Empty;
        var user = DashboardUser.Of(context);
        if (q.Length > 0)
        {
            var options = new Dictionary<string, object> { ["query"] = q, ["limit"] = (long)PageSize, ["offset"] = (long)offset };
            if (since.Length > 0)
            {
                options["since"] = since;
            }

            if (sort.Length > 0)
            {
                options["sort"] = sort;
            }

            var reply = await commands.RunAsync(user, "search", options, context.RequestAborted);
            // "papers similar to ID" is answered by similar: one list, no further pages.
            var paged = SearchCommand.AnsweredBySimilar(q, options) is null;
            results = reply.Data is IReadOnlyList<SearchHit> hits ? Hits(reply.Text, hits, q, since, sort, offset, paged) : ReplyHtml.Render(reply);
        }

        var windows = Windows.Select(w => Html.Of($"<option value=\"{w.Value}\"{Selected(w.Value == since)}>{w.Label}</option>"));
        var body = Html.Of($"""
            <form method="get" action="/search" class="panel" role="search">
            <label for="q">Query: plain words, or ti: au: abs: cat: id: all:, "phrases", AND OR NOT, -term, term*</label>
            <input type="search" id="q" name="q" value="{q}" maxlength="500">
            <div class="fields"><div><label for="since">Published</label><select id="since" name="since">{windows}</select></div>
            <div><label for="sort">Sort</label><select id="sort" name="sort" aria-describedby="sort-help"><option value="">relevance</option><option value="date"{Selected(sort == "date")}>date, newest first</option></select></div>
            <div><button type="submit">Search</button></div></div>
            <p id="sort-help" class="small">By relevance, a query with no words to rank (only cat:, au:, id: or term*) lists the newest first.</p></form>
            <section id="results" aria-label="Results">{results}</section>
            """);
        await Layout.WriteAsync(context, Layout.Page(context, "Search", "/search", body));
    }

    /// <summary>
    /// Example queries that run as they are: a question in plain words, the query language's fields and operators, and,
    /// when a recent paper has its vector, <c>like:</c> that paper (a <c>like:</c> of a paper without one finds nothing).
    /// </summary>
    private Html Examples()
    {
        static Html Example(string query, string what) =>
            Html.Of($"<li><a href=\"/search?q={Uri.EscapeDataString(query)}\"><code>{query}</code></a>: {what}</li>");
        var like = vectors.Enabled ? papers.Latest(20).FirstOrDefault(p => vectors.Get(p.Id) is not null) : null;
        return Html.Of($"""
            <div id="search-examples"><p class="muted">Try, for example:</p><ul>
            {Example("how do language model agents plan?", "a question in plain words")}
            {Example("ti:agents AND cat:cs.LG -survey", "agents in the title, in cs.LG, not a survey")}
            {(like is null ? Html.Empty : Example($"like:{like.Id}", $"papers close in meaning to {ReadableTex.Readable(like.Title)}"))}</ul></div>
            """);
    }

    private static Html Selected(bool selected) => selected ? Html.Trusted(" selected") : Html.Empty;

    private static Html Hits(string? summary, IReadOnlyList<SearchHit> hits, string q, string since, string sort, int offset, bool paged)
    {
        var items = hits.Select(h => Html.Of($"""
            <li class="card"><h3><a href="{PaperLink.Href(h.Id)}">{ReadableTex.Readable(h.Title)}</a></h3>
            <p class="small">{h.Id} · {(h.Authors.Count > 0 ? $"{string.Join(", ", h.Authors.Take(6))}{(h.Authors.Count > 6 ? " et al." : string.Empty)} · " : string.Empty)}{h.PublishedDate?.Display ?? "no date"}</p>
            <p>{ReplyHtml.Markup(ReadableTex.ReadableMarkup(h.Snippet))}</p></li>
            """));
        string Page(int from) => $"/search?q={Uri.EscapeDataString(q)}&since={Uri.EscapeDataString(since)}&sort={Uri.EscapeDataString(sort)}&offset={from}";
        var next = paged && hits.Count == PageSize ? Html.Of($"<a href=\"{Page(offset + PageSize)}\">Next {PageSize} results</a>") : Html.Empty;

        // Back a page; from past the last result (an edited or old link), back to the first.
        var back = offset == 0 ? Html.Empty
            : hits.Count == 0 ? Html.Of($"<a href=\"{Page(0)}\">First {PageSize} results</a>")
            : Html.Of($"<a href=\"{Page(Math.Max(0, offset - PageSize))}\">Previous {PageSize} results</a>");
        var list = hits.Count == 0 ? Html.Empty : Html.Of($"<ol start=\"{offset + 1}\" class=\"hits\">{items}</ol>");
        var links = back.Value.Length + next.Value.Length == 0 ? Html.Empty : Html.Of($"<p>{back}{Html.When(back.Value.Length > 0 && next.Value.Length > 0, Html.Of($" · "))}{next}</p>");
        return Html.Of($"<p>{ReplyHtml.Markup(summary)}</p>{list}{links}");
    }
}
