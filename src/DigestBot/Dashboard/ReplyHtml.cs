using DigestBot.Commands;

namespace DigestBot.Dashboard;

/// <summary>
/// The dashboard's renderer of the transport-agnostic <see cref="Reply"/>, as the terminal and Discord have theirs: what
/// the commands answer is shown here as they answer it, a refusal in the dashboard's terms (<see cref="DashboardWording"/>).
/// Links go only to http(s) addresses or the dashboard itself.
/// </summary>
internal static class ReplyHtml
{
    public static Html Render(Reply reply, string? codeId = null)
    {
        if (reply.Kind != ReplyKind.Ok)
        {
            return Html.Of($"<p class=\"error\" role=\"alert\">{DashboardWording.Refusal(reply.Text)}</p>");
        }

        var code = reply.Code is { } block
            ? Html.Of($"<pre id=\"{codeId ?? "code"}\"><code>{block.Code}</code></pre>")
            : Html.Empty;
        var links = reply.Buttons.Where(b => b.Url is not null).Select(b => Html.Of($"<li>{Link(b.Url!, b.Label)}</li>"));
        return Html.Of($"""
            {Html.When(!string.IsNullOrEmpty(reply.Text), Html.Of($"<p>{Markup(reply.Text)}</p>"))}{code}
            {reply.Cards.Select(c => Card(c))}
            {Html.When(links.Any(), Html.Of($"<ul class=\"links\">{links}</ul>"))}
            """);
    }

    public static Html Card(Card card, string? href = null)
    {
        var title = href is not null ? Link(href, card.Title) : card.Url is { } url ? Link(url, card.Title) : Html.Text(card.Title);
        var fields = card.Fields.Select(f => Html.Of($"<dt>{f.Name}</dt><dd>{Markup(f.Value)}</dd>"));
        return Html.Of($"""
            <article class="card"><h3>{title}</h3>
            {Html.When(card.Description is not null, Html.Of($"<p>{Markup(card.Description)}</p>"))}
            {Html.When(card.Fields.Count > 0, Html.Of($"<dl>{fields}</dl>"))}
            {Html.When(card.Footer is not null, Html.Of($"<p class=\"small\">{card.Footer}</p>"))}</article>
            """);
    }

    /// <summary><see cref="ReplyMarkup"/> as HTML: bold, code, links and small print; line breaks kept.</summary>
    public static Html Markup(string? markup)
    {
        if (string.IsNullOrEmpty(markup))
        {
            return Html.Empty;
        }

        var parts = new List<Html>();
        var small = false;
        foreach (var span in MarkupParser.Parse(markup))
        {
            parts.Add(span.Kind switch
            {
                MarkupKind.Bold => Html.Of($"<strong>{span.Text}</strong>"),
                MarkupKind.Code => Html.Of($"<code>{span.Text}</code>"),
                MarkupKind.Link => Link(span.Url!, span.Text),
                MarkupKind.SmallPrint => Html.Trusted("<span class=\"small\">"),
                _ => Lines(span.Text, ref small),
            });
            small |= span.Kind == MarkupKind.SmallPrint;
        }

        if (small)
        {
            parts.Add(Html.Trusted("</span>"));
        }

        return Html.Join(parts);
    }

    public static Html Link(string url, string label) =>
        url.StartsWith('/') || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            ? Html.Of($"<a href=\"{url}\">{label}</a>")
            : Html.Text(label);

    /// <summary>Plain text with its line breaks; a small-print span ends at the end of its line.</summary>
    private static Html Lines(string text, ref bool small)
    {
        var lines = text.Split('\n');
        var parts = new List<Html> { Html.Text(lines[0]) };
        foreach (var line in lines.Skip(1))
        {
            parts.Add(Html.Trusted(small ? "</span><br>" : "<br>"));
            small = false;
            parts.Add(Html.Text(line));
        }

        return Html.Join(parts);
    }
}
