using DigestBot.Papers;
using DigestBot.Watches;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Dashboard.Pages;

/// <summary>
/// The watch editor: a query and a name, a preview that htmx refreshes as the query is typed (and a Preview button that
/// does the same without script), the parser's refusal inline, and Save, which runs <c>watch add</c> (or, editing a
/// watch, <c>watch edit</c>, the form carrying the watch's number so the preview lets it keep its own query and name). A refusal shows
/// beside the field it is about (<see cref="FormError"/>), the field marked invalid, or at the top of the form.
/// </summary>
internal sealed class WatchEditor(LivePreview preview)
{
    private const int Shown = 20;

    /// <param name="editing">The watch being changed, or null for a new one.</param>
    public Html Form(HttpContext context, ulong channelId, string query, string name, FormError? error, Watch? editing = null)
    {
        var previewHtml = query.Length > 0 ? Preview(channelId, query, name, error?.Text, editing?.Id) : Html.Of($"<p class=\"muted\">Type a query to see what it would have matched.</p>");
        var action = editing is null ? $"/channels/{channelId}/watches" : $"/channels/{channelId}/watches/{editing.Id}/edit";
        var kept = editing is null ? Html.Empty : Html.Of($"<input type=\"hidden\" id=\"edit\" name=\"edit\" value=\"{editing.Id}\">");
        string? About(FormField field) => error?.Field == field ? error.Text : null;
        Html Invalid(FormField field) => Html.When(error?.Field == field, Html.Trusted(" aria-invalid=\"true\""));
        return Html.Of($"""
            <form method="post" action="{action}" class="panel" id="watch-editor">
            {Layout.FormToken(context)}{kept}
            {Html.When(About(FormField.Form) is not null, Html.Of($"<p id=\"form-error\" class=\"error\" role=\"alert\">{About(FormField.Form)}</p>"))}
            <label for="query">Query (same language as search; up to {Watch.MaxQueryLength} characters)</label>
            <input type="text" id="query" name="query" value="{query}" maxlength="{Watch.MaxQueryLength}" autocomplete="off" aria-describedby="query-help query-error"{Invalid(FormField.Query)}
                   hx-get="/channels/{channelId}/preview" hx-trigger="input changed delay:250ms" hx-target="#preview" hx-include="#name{(editing is null ? string.Empty : ", #edit")}" hx-sync="this:replace">
            <p id="query-help" class="small">e.g. <code>"layer normalization" AND cat:cs.LG -survey</code>; fields ti: au: abs: cat:</p>
            <p id="query-error" class="error" role="alert">{About(FormField.Query)}</p>
            <label for="name">Name (optional, up to {Watch.MaxNameLength} characters)</label>
            <input type="text" id="name" name="name" value="{name}" maxlength="{Watch.MaxNameLength}" aria-describedby="name-error"{Invalid(FormField.Name)}>
            <p id="name-error" class="error" role="alert">{About(FormField.Name)}</p>
            <p><button type="submit">{(editing is null ? "Save watch" : "Save changes")}</button> <button type="submit" class="secondary" formmethod="get" formaction="/channels/{channelId}">Preview</button>{Html.When(editing is not null, Html.Of($" <a href=\"/channels/{channelId}#watches\">Cancel</a>"))}</p>
            <section id="preview" aria-live="polite" aria-label="Preview">{previewHtml}</section></form>
            """);
    }

    /// <summary>The preview fragment: matches among the most recently stored papers, each with the terms that hit.</summary>
    /// <param name="shown">The refusal the form already shows (a save refused), not to be said twice.</param>
    /// <param name="editing">The number of the watch being changed, whose own query and name are no conflict.</param>
    public Html Preview(ulong channelId, string query, string? name, string? shown = null, int? editing = null)
    {
        var result = preview.Run(channelId, query, name, editing);
        if (result is { Error: { } error, NameOnly: false })
        {
            return error == shown
                ? Html.Of($"<p class=\"muted\" id=\"preview-held\" data-query=\"{query.Trim()}\">Correct the query to see what it would have matched.</p>")
                : Html.Of($"<p class=\"error\" role=\"alert\" id=\"preview-error\" data-query=\"{query.Trim()}\">{error}</p>");
        }

        var items = result.Matches.Take(Shown).Select(m => Html.Of($"""
            <li><a href="{PaperLink.Href(m.Paper.Id)}">{ReadableTex.Readable(m.Paper.Title)}</a> <span class="small">{m.Paper.Id} · matched {string.Join(", ", m.Terms)}</span></li>
            """));
        // The name's problem (the query is fine): said once, here or by the name field where a refused save put it.
        var nameProblem = result is { Error: { } nameError } && nameError != shown
            ? Html.Of($"<p class=\"error\" role=\"alert\" id=\"preview-error\" data-query=\"{query.Trim()}\">{nameError}</p>")
            : Html.Empty;
        if (result.Checked == 0)
        {
            // Nothing to preview against: say how papers come, rather than "0 of the 0".
            return Html.Of($"""
                {nameProblem}<p id="preview-count" data-query="{query.Trim()}">No papers are stored yet: the sources store new papers as they poll them, and <code>digestbot import feed.xml</code> on the bot's machine stores a feed's papers now.</p>
                """);
        }

        var count = result.Matches.Count;
        return Html.Of($"""
            {nameProblem}<p id="preview-count" data-query="{query.Trim()}"><strong>{count}</strong> of the {result.Checked} most recently stored papers would have matched{(count > Shown ? $" (first {Shown} shown)" : string.Empty)}.</p>
            {Html.When(count > 0, Html.Of($"<ul id=\"preview-matches\">{items}</ul>"))}{Html.When(result.Why is not null, Html.Of($"<p id=\"preview-why\" class=\"small\">{ReplyHtml.Markup(result.Why)}</p>"))}
            """);
    }
}
