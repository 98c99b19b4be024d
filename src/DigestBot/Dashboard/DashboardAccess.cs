using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Dashboard;

/// <summary>
/// Every request passes here. The key link (<c>/?key=…</c>) makes a session and redirects to the same page without
/// the key, so it leaves no trace in history or Referer; every page needs a live session; every request that can
/// change something (anything but GET and HEAD) needs a valid antiforgery token as well. Static files are public.
/// </summary>
internal sealed class DashboardAccess(DashboardKey key, DashboardSessions sessions, IAntiforgery antiforgery)
{
    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var response = context.Response;
        response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
        if (context.Request.Path.StartsWithSegments("/static"))
        {
            await next();
            return;
        }

        response.Headers.CacheControl = "no-store";
        if (context.Request.Query.TryGetValue("key", out var given))
        {
            await SignInAsync(context, given.ToString());
            return;
        }

        if (!sessions.IsValid(context.Request.Cookies[DashboardSessions.CookieName], key.Fingerprint()))
        {
            await Layout.WriteAsync(context, StatusCodes.Status401Unauthorized, Layout.Bare(
                "Sign in",
                Html.Of($"<p>Open the link that <code>digestbot dashboard</code> prints on the bot's machine to sign in.</p>")));
            return;
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            && !await antiforgery.IsRequestValidAsync(context))
        {
            await Layout.WriteAsync(context, StatusCodes.Status400BadRequest, Layout.Bare(
                "Form refused",
                Html.Of($"<p>This form was not sent from this dashboard page (or it expired). Nothing changed. <a href=\"/\">Back to the overview</a>.</p>")));
            return;
        }

        await next();
    }

    private async Task SignInAsync(HttpContext context, string given)
    {
        if (!key.Matches(given) || key.Fingerprint() is not { } fingerprint)
        {
            await Layout.WriteAsync(context, StatusCodes.Status403Forbidden, Layout.Bare(
                "Key refused",
                Html.Of($"<p>This key is not (or no longer) this dashboard's key. Run <code>digestbot dashboard</code> for the current link.</p>")));
            return;
        }

        context.Response.Cookies.Append(DashboardSessions.CookieName, sessions.Create(fingerprint), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            IsEssential = true,
        });

        // Same path, without the key: the link works for any page.
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = (context.Request.PathBase + context.Request.Path).ToString();
    }
}
