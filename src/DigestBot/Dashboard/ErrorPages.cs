using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Dashboard;

/// <summary>
/// Pages for addresses that name nothing: one sentence that says what is wrong and a link back, with the status that
/// fits. A request that ends in an error status with nothing written (no route, a form's address opened as a page, a
/// request the framework could not bind) gets one here too, so no address answers an empty body.
/// </summary>
internal static class ErrorPages
{
    /// <summary>The page of a failed request, written only where nothing else was.</summary>
    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        await next();
        var response = context.Response;
        if (response.HasStarted || response.StatusCode < 400 || context.Request.Path.StartsWithSegments("/static") || HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        var path = context.Request.Path.ToString();
        var back = Html.Of($"<a href=\"/\">Back to the overview</a>");
        await (response.StatusCode switch
        {
            StatusCodes.Status404NotFound => WriteAsync(context, StatusCodes.Status404NotFound, "Page not found", Html.Of($"There is no dashboard page at {path}."), back),
            StatusCodes.Status405MethodNotAllowed => WriteAsync(
                context, StatusCodes.Status405MethodNotAllowed, "Not a page", Html.Of($"{path} takes a form sent from a dashboard page, not a visit; nothing changed."), back),
            var status => WriteAsync(
                context, status, "Request refused", Html.Of($"This request could not be read (HTTP {status.ToString(CultureInfo.InvariantCulture)}); nothing changed."), back),
        });
    }

    /// <summary>A watch action whose watch is not a number.</summary>
    public static Task WatchNotFoundAsync(HttpContext context, ulong channelId, string watch) =>
        WriteAsync(
            context,
            StatusCodes.Status404NotFound,
            "Watch not found",
            Html.Of($"'{watch}' is not a watch number: watches are numbered 1, 2, 3… as the channel's page lists them."),
            ChannelWatches(channelId));

    /// <summary>A watch form's address opened as a page (GET): it changes nothing and says where the form is.</summary>
    public static Task FormOnlyAsync(HttpContext context, ulong channelId)
    {
        context.Response.Headers.Allow = HttpMethods.Post;
        return WriteAsync(
            context,
            StatusCodes.Status405MethodNotAllowed,
            "Not a page",
            Html.Of($"This address takes the form sent by the buttons of the channel's page, not a visit; nothing changed."),
            ChannelWatches(channelId));
    }

    public static Task WriteAsync(HttpContext context, int status, string title, Html sentence, Html link)
    {
        var body = Html.Of($"<p class=\"error\" role=\"alert\">{sentence}</p><p>{link}</p>");
        var page = context.Items[typeof(DashboardUser)] is DashboardUser ? Layout.Page(context, title, string.Empty, body) : Layout.Bare(title, body);
        return Layout.WriteAsync(context, status, page);
    }

    private static Html ChannelWatches(ulong channelId) =>
        Html.Of($"<a href=\"/channels/{channelId}#watches\">Channel {(channelId == Commands.CommandOrigin.LocalChannel ? "0 (console)" : channelId.ToString(CultureInfo.InvariantCulture))}: its watches</a>");
}
