using DigestBot.Dashboard.Login;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Dashboard;

/// <summary>
/// <c>/login</c> (and the answer to any page without a session): the key link for the operator, and "Log in with Discord"
/// when it is set up. <c>/logout</c> ends the session the browser holds.
/// </summary>
internal sealed class SignInPage(DiscordLogin discord, DashboardSessions sessions)
{
    public Task WriteAsync(HttpContext context, int status = StatusCodes.Status200OK) =>
        Layout.WriteAsync(context, status, Layout.Bare("Sign in", Html.Of($"""
            {Html.When(discord.Offered, Html.Of($"""
                <p><a class="button" id="discord-login" href="/login/discord">Log in with Discord</a></p>
                <p class="small">You will see the servers you share with DigestBot; changing a channel's watches needs Manage Channels in its server.</p>
                """))}
            <p>Operator: open the link that <code>digestbot dashboard</code> prints on the bot's machine to sign in.</p>
            """)));

    public Task LogoutAsync(HttpContext context)
    {
        if (context.Request.Cookies[DashboardSessions.CookieName] is { } id)
        {
            sessions.End(id);
        }

        context.Response.Cookies.Delete(DashboardSessions.CookieName, new CookieOptions { Path = "/" });
        return DashboardRoutes.Redirect(context, "/login");
    }
}
