using DigestBot.Dashboard.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Dashboard;

/// <summary>
/// The dashboard's addresses. Pages come from the app's services; <see cref="DashboardAccess"/> has already checked the
/// session (and, for posts, the antiforgery token) before any of these runs.
/// </summary>
internal static class DashboardRoutes
{
    public static void Map(IEndpointRouteBuilder routes, IServiceProvider app)
    {
        T Get<T>()
            where T : notnull => app.GetRequiredService<T>();

        routes.MapGet("/static/{name}", (HttpContext c, string name) => StaticAssets.ServeAsync(c, name));
        routes.MapGet("/", (HttpContext c) => Get<OverviewPage>().WriteAsync(c));
        routes.MapGet("/channels", (HttpContext c) => Get<ChannelsPage>().WriteAsync(c));
        routes.MapGet("/channels/open", (HttpContext c) => ulong.TryParse(c.Request.Query["id"], out var id)
            ? Redirect(c, $"/channels/{id}")
            : Layout.WriteAsync(c, StatusCodes.Status400BadRequest, Layout.Page("Channels", "/channels", Html.Of($"<p class=\"error\" role=\"alert\">A channel id is a number, such as 0 or 123456789012345678.</p>"))));
        routes.MapGet("/channels/{id}", (HttpContext c, ulong id) =>
            Get<ChannelPage>().WriteAsync(c, id, c.Request.Query["query"].ToString(), c.Request.Query["name"].ToString()));
        routes.MapGet("/channels/{id}/preview", (HttpContext c, ulong id) =>
            Layout.WriteAsync(c, Get<WatchEditor>().Preview(c.Request.Query["query"].ToString(), c.Request.Query["name"].ToString())));
        routes.MapPost("/channels/{id}/watches", (HttpContext c, ulong id) => Get<WatchActions>().AddAsync(c, id));
        routes.MapPost("/channels/{id}/watches/{watch:int}/pause", (HttpContext c, ulong id, int watch) => Get<WatchActions>().SetPausedAsync(c, id, watch, paused: true));
        routes.MapPost("/channels/{id}/watches/{watch:int}/resume", (HttpContext c, ulong id, int watch) => Get<WatchActions>().SetPausedAsync(c, id, watch, paused: false));
        routes.MapPost("/channels/{id}/watches/{watch:int}/remove", (HttpContext c, ulong id, int watch) => Get<WatchActions>().RemoveAsync(c, id, watch));
        routes.MapGet("/search", (HttpContext c) => Get<SearchView>().WriteAsync(c));
        routes.MapGet("/papers/{*id}", (HttpContext c, string id) => Get<PaperView>().WriteAsync(c, id));
    }

    /// <summary>Post/redirect/get: a reload never sends a form twice.</summary>
    public static Task Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
