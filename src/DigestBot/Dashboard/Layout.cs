using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Dashboard;

/// <summary>
/// The page shell: a skip link, the navigation, who is signed in with a sign-out button, the page's main part; htmx
/// loaded last, never needed to read.
/// </summary>
internal static class Layout
{
    private static readonly (string Path, string Label)[] Sections = [("/", "Overview"), ("/channels", "Channels"), ("/search", "Search")];

    public static Html Page(HttpContext context, string title, string section, Html body)
    {
        var nav = Sections.Select(s => s.Path == section
            ? Html.Of($"<li><a href=\"{s.Path}\" aria-current=\"page\">{s.Label}</a></li>")
            : Html.Of($"<li><a href=\"{s.Path}\">{s.Label}</a></li>"));
        return Document(title, Html.Of($"""
            <header><a class="skip" href="#main">Skip to content</a><span class="brand">DigestBot</span>
            <nav aria-label="Dashboard"><ul>{nav}</ul></nav>{SignedIn(context)}</header>
            <main id="main" tabindex="-1"><h1>{title}</h1>{body}</main>
            """));
    }

    /// <summary>A page without navigation: sign-in and refusals.</summary>
    public static Html Bare(string title, Html body) =>
        Document(title, Html.Of($"<main id=\"main\"><h1>{title}</h1>{body}</main>"));

    public static async Task WriteAsync(HttpContext context, int status, Html page)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(page.Value, context.RequestAborted);
    }

    public static Task WriteAsync(HttpContext context, Html page) => WriteAsync(context, StatusCodes.Status200OK, page);

    /// <summary>The form field every post needs (see <see cref="DashboardAccess"/>).</summary>
    public static Html FormToken(HttpContext context)
    {
        var token = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return Html.Of($"<input type=\"hidden\" name=\"{token.FormFieldName}\" value=\"{token.RequestToken}\">");
    }

    private static Html SignedIn(HttpContext context)
    {
        var user = DashboardUser.Of(context);
        var who = user.IsOperator ? Html.Of($"Signed in with the key") : Html.Of($"Signed in with Discord as <strong id=\"member-name\">{user.Name}</strong>");
        return Html.Of($"""<form method="post" action="/logout" class="inline who">{who} {FormToken(context)}<button type="submit" class="secondary">Sign out</button></form>""");
    }

    private static Html Document(string title, Html content) => Html.Of($$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="htmx-config" content='{"includeIndicatorStyles": false, "allowEval": false}'>
        <title>{{title}} · DigestBot</title><link rel="stylesheet" href="/static/dashboard.css"></head>
        <body>{{content}}<script src="/static/htmx.min.js" defer></script><script src="/static/dashboard.js" defer></script></body></html>
        """);
}
