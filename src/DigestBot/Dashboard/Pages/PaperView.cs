using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Semantic;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Dashboard.Pages;

/// <summary>
/// <c>/papers/{id}</c>: the paper card (<c>paper</c>), its TL;DR (<c>summary</c>, offline), BibTeX and APA (<c>cite</c>) with
/// copy buttons, and similar papers (by meaning, or by shared words when meaning cannot answer: what the Similar button
/// and <c>similar</c> list, without their cooldown, which would refuse the list to a member who just searched).
/// </summary>
internal sealed class PaperView(DashboardCommands commands, SimilarPapers similarPapers)
{
    private const int SimilarCount = 5;

    public async Task WriteAsync(HttpContext context, string id)
    {
        var ct = context.RequestAborted;
        var user = DashboardUser.Of(context);
        if (string.IsNullOrWhiteSpace(id))
        {
            await NotFoundAsync(context, Html.Of($"<p class=\"error\" role=\"alert\">This address names no paper id: a paper's page is /papers/ followed by its id, such as /papers/2412.13795.</p>"));
            return;
        }

        var card = await commands.RunAsync(user, "paper", new Dictionary<string, object> { ["id"] = id }, ct);
        if (card.Kind != ReplyKind.Ok || card.Data is not Paper paper)
        {
            await NotFoundAsync(context, ReplyHtml.Render(card));
            return;
        }

        var tldr = await commands.RunAsync(user, "summary", new Dictionary<string, object> { ["id"] = paper.Id }, ct);
        var bibtex = await commands.RunAsync(user, "cite", new Dictionary<string, object> { ["paper"] = paper.Id }, ct);
        var apa = await commands.RunAsync(user, "cite", new Dictionary<string, object> { ["paper"] = paper.Id, ["format"] = "apa" }, ct);
        var (hits, byMeaning) = similarPapers.Find(paper, SimilarCount, ct);
        var similar = hits.Select(h => Html.Of($"<li><a href=\"{PaperLink.Href(h.Id)}\">{ReadableTex.Readable(h.Title)}</a> <span class=\"small\">{h.Id}</span></li>"))
            .ToList();
        var body = Html.Of($"""
            {ReplyHtml.Render(card)}
            <h2>TL;DR</h2>{ReplyHtml.Render(tldr)}
            <h2>Cite</h2>
            <h3>BibTeX</h3>{ReplyHtml.Render(bibtex, "bibtex")}
            <p><button type="button" data-copy="bibtex">Copy BibTeX</button> <span id="bibtex-status" role="status"></span></p>
            <h3>APA</h3><pre id="apa">{PlainText(apa)}</pre>
            <p><button type="button" data-copy="apa">Copy APA</button> <span id="apa-status" role="status"></span></p>
            <h2>Similar papers</h2>
            {Html.When(similar.Count > 0, Html.Of($"<p class=\"small\" id=\"similar-by\">{(byMeaning ? "Closest in meaning." : "Sharing its most distinctive words.")}</p>"))}
            {(similar.Count == 0 ? Html.Of($"<p class=\"muted\">None found.</p>") : Html.Of($"<ul id=\"similar\">{similar}</ul>"))}
            """);
        await Layout.WriteAsync(context, Layout.Page(context, paper.Title.Length > 0 ? ReadableTex.Readable(paper.Title) : paper.Id, "/search", body));
    }

    /// <summary>The APA line as copyable text: the reply's markup read back to the words it shows.</summary>
    private static string PlainText(Reply reply) =>
        reply.Kind == ReplyKind.Ok && reply.Text is { } text ? string.Concat(MarkupParser.Parse(text).Select(s => s.Text)) : reply.Text ?? string.Empty;

    private static Task NotFoundAsync(HttpContext context, Html why) =>
        Layout.WriteAsync(context, StatusCodes.Status404NotFound, Layout.Page(context, "Paper not found", "/search", Html.Of($"{why}<p><a href=\"/search\">Search the papers</a></p>")));
}
