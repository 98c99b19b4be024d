using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Dashboard;

/// <summary>
/// The dashboard's few files (stylesheet, htmx vendored from the npm registry with its licence, a small script), embedded
/// in the executable so a published single file still serves them. Only names in the list are served.
/// </summary>
internal static class StaticAssets
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["dashboard.css"] = "text/css; charset=utf-8",
        ["dashboard.js"] = "text/javascript; charset=utf-8",
        ["htmx.min.js"] = "text/javascript; charset=utf-8",
        ["htmx.LICENSE.txt"] = "text/plain; charset=utf-8",
    };

    private static readonly Lazy<Dictionary<string, byte[]>> Files = new(Load);

    public static async Task ServeAsync(HttpContext context, string name)
    {
        if (!Types.TryGetValue(name, out var type) || !Files.Value.TryGetValue(name, out var bytes))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = type;
        context.Response.Headers.CacheControl = "public, max-age=3600";
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static Dictionary<string, byte[]> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in Types.Keys)
        {
            using var stream = assembly.GetManifestResourceStream("dashboard/" + name);
            if (stream is not null)
            {
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                files[name] = copy.ToArray();
            }
        }

        return files;
    }
}
