using System.Globalization;
using DigestBot.Dashboard.Login;
using DigestBot.Dashboard.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigestBot.Dashboard;

/// <summary>
/// The dashboard's addresses. Pages are the app's services; <see cref="DashboardAccess"/> has already checked the
/// session (and, for posts, the antiforgery token) before any of these runs but the sign-in ones, and
/// <see cref="ChannelAccess"/> checks that the user may see the channel a channel address names.
/// </summary>
internal sealed class DashboardRoutes(
    SignInPage signIn,
    DiscordLogin login,
    ChannelAccess access,
    OverviewPage overview,
    ChannelsPage channels,
    ChannelPage channel,
    WatchEditor editor,
    WatchActions watches,
    ScheduleActions schedule,
    SearchView search,
    PaperView paper)
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/static/{name}", (HttpContext c, string name) => StaticAssets.ServeAsync(c, name));
        routes.MapGet("/login", (HttpContext c) => signIn.WriteAsync(c));
        routes.MapGet("/login/discord", (HttpContext c) => login.StartAsync(c));
        routes.MapGet(DashboardDiscordOptions.CallbackPath, (HttpContext c) => login.CallbackAsync(c));
        routes.MapPost("/logout", (HttpContext c) => signIn.LogoutAsync(c));
        routes.MapGet("/", (HttpContext c) => overview.WriteAsync(c));
        routes.MapGet("/channels", (HttpContext c) => channels.WriteAsync(c));
        // The channel list's Open form: an id that is no number answers as /channels/ID does (404, the same sentence and link).
        routes.MapGet("/channels/open", (HttpContext c) => ChannelAccess.TryParse(c.Request.Query["id"].ToString(), out var id)
            ? Redirect(c, $"/channels/{id}")
            : ChannelAccess.NotAChannelIdAsync(c, c.Request.Query["id"].ToString()));

        // The channel id is read by ChannelAccess, not bound: a bound ulong that is no number answered 400 with no page.
        routes.MapGet("/channels/{id}", (HttpContext c, string id) => access.RunAsync(c, id, (channelId, guild) =>
            channel.WriteAsync(c, channelId, guild, c.Request.Query["query"].ToString(), c.Request.Query["name"].ToString(), editing: Editing(c))));
        routes.MapGet("/channels/{id}/preview", (HttpContext c, string id) => access.RunAsync(c, id, (channelId, _) =>
            Layout.WriteAsync(c, editor.Preview(channelId, c.Request.Query["query"].ToString(), c.Request.Query["name"].ToString(), editing: Editing(c)))));
        routes.MapPost("/channels/{id}/watches", (HttpContext c, string id) => access.RunAsync(c, id, (channelId, guild) => watches.AddAsync(c, channelId, guild)));
        routes.MapGet("/channels/{id}/watches", (HttpContext c, string id) => access.RunAsync(c, id, (channelId, _) => ErrorPages.FormOnlyAsync(c, channelId)));

        // The watch number is read here, not bound: a bound int that is no number matched no route and answered an empty 404.
        foreach (var action in new[] { "pause", "resume", "remove", "edit" })
        {
            routes.MapPost($"/channels/{{id}}/watches/{{watch}}/{action}", (HttpContext c, string id, string watch) => access.RunAsync(c, id, (channelId, guild) =>
                int.TryParse(watch, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                    ? action == "edit" ? watches.EditAsync(c, channelId, guild, number) : watches.RunAsync(c, channelId, guild, $"watch {action}", number)
                    : ErrorPages.WatchNotFoundAsync(c, channelId, watch)));
            routes.MapGet($"/channels/{{id}}/watches/{{watch}}/{action}", (HttpContext c, string id) => access.RunAsync(c, id, (channelId, _) => ErrorPages.FormOnlyAsync(c, channelId)));
        }

        routes.MapPost("/channels/{id}/schedule", (HttpContext c, string id) => access.RunAsync(c, id, (channelId, guild) => schedule.SetAsync(c, channelId, guild)));
        routes.MapGet("/channels/{id}/schedule", (HttpContext c, string id) => access.RunAsync(c, id, (channelId, _) => ErrorPages.FormOnlyAsync(c, channelId)));
        foreach (var action in new[] { "pause", "resume" })
        {
            routes.MapPost($"/channels/{{id}}/schedule/{action}", (HttpContext c, string id) => access.RunAsync(c, id, (channelId, guild) => schedule.RunAsync(c, channelId, guild, action)));
            routes.MapGet($"/channels/{{id}}/schedule/{action}", (HttpContext c, string id) => access.RunAsync(c, id, (channelId, _) => ErrorPages.FormOnlyAsync(c, channelId)));
        }

        routes.MapGet("/search", (HttpContext c) => search.WriteAsync(c));
        routes.MapGet("/papers/{*id}", (HttpContext c, string? id) => paper.WriteAsync(c, PaperLink.IdOf(id ?? string.Empty)));
    }

    /// <summary>The watch the editor changes (<c>?edit=N</c>), or null when none is named or the number is no number.</summary>
    private static int? Editing(HttpContext context) =>
        int.TryParse(context.Request.Query["edit"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>Post/redirect/get: a reload never sends a form twice.</summary>
    public static Task Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
