using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Dashboard.Login;

/// <summary>
/// "Log in with Discord": <c>/login/discord</c> starts a login bound to this browser and sends it to Discord; the
/// callback takes it back only with that browser's state, exchanges the code (with the PKCE verifier) for a token, reads
/// the member and keeps the servers they share with the bot, and makes their session.
/// </summary>
internal sealed class DiscordLogin(
    IOptions<DashboardOptions> options, PendingLogins pending, DiscordOAuthClient discord, BotGuilds bot, DashboardSessions sessions, TimeProvider time, ILogger<DiscordLogin> logger)
{
    private const string LoginPath = "/login/discord";

    public bool Offered => options.Value.Discord.IsConfigured;

    public Task StartAsync(HttpContext context)
    {
        if (!Offered)
        {
            return Refuse(context, StatusCodes.Status404NotFound, "Log in with Discord is not set up on this dashboard: use the link that digestbot dashboard prints.");
        }

        var (cookie, state, challenge) = pending.Begin();
        context.Response.Cookies.Append(PendingLogins.CookieName, cookie, Cookie(context, PendingLogins.Lifetime));
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = discord.AuthorizeUri(state, challenge).AbsoluteUri;
        return Task.CompletedTask;
    }

    public async Task CallbackAsync(HttpContext context)
    {
        var query = context.Request.Query;

        // The state is checked (and used up) before anything else is read: a callback this browser did not start is refused whole.
        var verifier = pending.Take(context.Request.Cookies[PendingLogins.CookieName], query["state"].FirstOrDefault());
        context.Response.Cookies.Delete(PendingLogins.CookieName, Cookie(context, null));
        if (verifier is null)
        {
            await Refuse(context, StatusCodes.Status400BadRequest, "This login was not started in this browser, was used already, or took longer than ten minutes. Nobody was signed in.");
            return;
        }

        if (query["code"].FirstOrDefault() is not { Length: > 0 } code)
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "Discord did not log you in (the authorization was declined). Nobody was signed in.");
            return;
        }

        try
        {
            var token = await discord.ExchangeAsync(code, verifier, context.RequestAborted);
            var user = await ReadAsync(token, context.RequestAborted);
            if (context.Request.Cookies[DashboardSessions.CookieName] is { } previous)
            {
                sessions.End(previous);
            }

            DashboardSessions.WriteCookie(context, sessions.Create(new MemberSession(user, token, time.GetUtcNow())));
            logger.LogInformation("Dashboard: {Name} ({Id}) logged in with Discord; {Count} servers shared with the bot", user.Name, user.UserId, user.Guilds!.Count);
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = "/";
        }
        catch (DiscordLoginException e)
        {
            logger.LogWarning("Dashboard: a Discord login failed: {Error}", e.Message);
            await Refuse(context, StatusCodes.Status502BadGateway, $"{e.Message}. Nobody was signed in.");
        }
    }

    /// <summary>The member the token belongs to, with the servers they share with the bot (by name) and their permission in each.</summary>
    public async Task<DashboardUser> ReadAsync(string accessToken, CancellationToken cancellationToken)
    {
        var identity = await discord.IdentityAsync(accessToken, cancellationToken);
        IReadOnlySet<ulong> ours;
        try
        {
            ours = await bot.ReadAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Dashboard: the bot's servers could not be read from Discord");
            throw new DiscordLoginException("Discord login: the bot's own servers could not be read from Discord");
        }

        return new DashboardUser(identity.Id, identity.Name, [.. identity.Guilds.Where(g => ours.Contains(g.Id)).OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase)]);
    }

    private static Task Refuse(HttpContext context, int status, string message) =>
        Layout.WriteAsync(context, status, Layout.Bare("Login refused", Html.Of($"""
            <p class="error" role="alert">{message}</p><p><a href="/login">Back to sign in</a></p>
            """)));

    /// <summary>The pending login's cookie: sent back only to the login's own paths, and on Discord's redirect (Lax).</summary>
    private static CookieOptions Cookie(HttpContext context, TimeSpan? lifetime) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = LoginPath,
        MaxAge = lifetime,
        IsEssential = true,
    };
}
