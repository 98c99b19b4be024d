namespace DigestBot.Dashboard;

/// <summary>
/// The dashboard's address of a paper, <c>/papers/{id}</c>. Each part of the id between slashes is escaped and the slashes
/// are kept (<c>/papers/cond-mat/0412498</c>, <c>/papers/doi%3A10.18653/v1/…</c>): ASP.NET Core leaves an escaped slash
/// (<c>%2F</c>) escaped in a route value, so an id sent that way would not read back; the route takes the rest of the
/// path as the id.
/// </summary>
internal static class PaperLink
{
    public static string Href(string id) => "/papers/" + string.Join('/', id.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The id a <c>/papers/{*id}</c> route value names; links made before <see cref="Href"/> escaped their slashes.</summary>
    public static string IdOf(string routeValue) => routeValue.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
}
