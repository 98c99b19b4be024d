using DigestBot.Dashboard.Login;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestBot.Dashboard;

/// <summary>
/// Every request passes here. The key link (<c>/?key=…</c>) makes an operator session and redirects to the same page
/// (and query) without the key, so it leaves no trace in history or Referer; <c>/login</c> and Discord's login are open to all; every
/// other page needs a live session; every request that can change something (anything but GET and HEAD) needs a valid
/// antiforgery token as well. A member's servers and permissions are asked of Discord again once they are
/// <see cref="MemberSession.RecheckAfter"/> old, before a post is let through. Static files are public.
/// </summary>
internal sealed class DashboardAccess(
    DashboardKey key, DashboardSessions sessions, DiscordLogin login, SignInPage signIn, TimeProvider time, ILogger<DashboardAccess> logger)
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
        if (context.Request.Path.StartsWithSegments("/login") && HttpMethods.IsGet(context.Request.Method))
        {
            await next();
            return;
        }

        if (context.Request.Query.TryGetValue("key", out var given))
        {
            await SignInAsync(context, given.ToString());
            return;
        }

        var id = context.Request.Cookies[DashboardSessions.CookieName];
        if (sessions.Find(id, key.Fingerprint()) is not { } found)
        {
            await signIn.WriteAsync(context, StatusCodes.Status401Unauthorized);
            return;
        }

        var posting = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method);
        if (posting && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            await Layout.WriteAsync(context, StatusCodes.Status400BadRequest, Layout.Bare(
                "Form refused",
                Html.Of($"<p>This form was not sent from this dashboard page (or it expired). Nothing changed. <a href=\"/\">Back to the overview</a>.</p>")));
            return;
        }

        var user = found.User;
        if (found.Member is { } member && member.IsStale(time.GetUtcNow()))
        {
            user = await RecheckAsync(context, id!, member, posting);
            if (user is null)
            {
                return;
            }
        }

        user.Attach(context);
        await next();
    }

    /// <summary>The member as Discord says now; null when the answer is already written (login over, or a post that cannot be confirmed).</summary>
    private async Task<DashboardUser?> RecheckAsync(HttpContext context, string id, MemberSession member, bool posting)
    {
        try
        {
            var fresh = await login.ReadAsync(member.AccessToken, context.RequestAborted);
            sessions.Update(id, new MemberSession(fresh, member.AccessToken, time.GetUtcNow()));
            return fresh;
        }
        catch (DiscordLoginException e) when (e.TokenRefused)
        {
            sessions.End(id);
            logger.LogInformation("Dashboard: {Name} ({Id}) is signed out: Discord no longer accepts their login", member.User.Name, member.User.UserId);
            await signIn.WriteAsync(context, StatusCodes.Status401Unauthorized);
            return null;
        }
        catch (DiscordLoginException e) when (!posting)
        {
            // Reading with what was known a few minutes ago is harmless; the next request asks again.
            logger.LogWarning("Dashboard: {Name}'s servers could not be checked again: {Error}", member.User.Name, e.Message);
            return member.User;
        }
        catch (DiscordLoginException e)
        {
            logger.LogWarning("Dashboard: {Name}'s servers could not be checked again: {Error}", member.User.Name, e.Message);
            await Layout.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, Layout.Bare("Not confirmed", Html.Of($"""
                <p class="error" role="alert">Your permissions could not be confirmed with Discord just now, so nothing changed. Try again in a moment.</p><p><a href="/">Back to the overview</a></p>
                """)));
            return null;
        }
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

        DashboardSessions.WriteCookie(context, sessions.Create(fingerprint));

        // Same path and query, without the key: the link works for any page, a search's included.
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = (context.Request.PathBase + context.Request.Path).ToString() + WithoutKey(context.Request.QueryString);
    }

    /// <summary>The query string as sent, in its order and escaping, less every <c>key</c> parameter.</summary>
    private static string WithoutKey(QueryString query)
    {
        var kept = (query.Value ?? string.Empty).TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !string.Equals(Uri.UnescapeDataString(pair.Split('=', 2)[0].Replace('+', ' ')), "key", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return kept.Count == 0 ? string.Empty : "?" + string.Join('&', kept);
    }
}
