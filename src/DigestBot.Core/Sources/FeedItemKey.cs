using DigestBot.Papers;

namespace DigestBot.Sources;

/// <summary>
/// The key of a feed item that has neither an arXiv id nor a DOI: <c>src:feed:</c> and a hash of who the item is, never
/// of where we read it (a file or source name). A guid or link that is an absolute URI (a permalink, a <c>tag:</c> or
/// <c>urn:</c> id) names the item on its own, so the same item in two feeds or two files is one paper; a guid that is
/// only unique inside its feed ("12345", a CMS id) is paired with the feed's own identity (see <see cref="FeedIdentity"/>).
/// Links are compared without their scheme, default port or trailing slash, and with the host in lower case.
/// </summary>
public static class FeedItemKey
{
    public const string Scope = "feed";

    public static PaperId? For(string? feedIdentity, string? itemGuid, string? link)
    {
        var id = SourceText.NullIfBlank(itemGuid) ?? SourceText.NullIfBlank(link);
        if (id is null)
        {
            return null;
        }

        var item = Normalise(id) is { } global ? global : (feedIdentity ?? string.Empty) + " " + id.Trim();
        return PaperId.FromSource(Scope, item);
    }

    /// <summary>The key a link or URI gets when it names an item on its own; null when it is not an absolute URI.</summary>
    public static PaperId? ForLink(string? link) =>
        Normalise(link) is { } global ? PaperId.FromSource(Scope, global) : null;

    /// <summary>An absolute URI in a comparable form, or null: "https://Example.org:443/a/" and "http://example.org/a" agree.</summary>
    public static string? Normalise(string? text)
    {
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s) || s.Any(char.IsWhiteSpace) || !Uri.TryCreate(s, UriKind.Absolute, out var uri) || uri.Scheme.Length < 3)
        {
            return null;
        }

        if (uri.Scheme is not ("http" or "https"))
        {
            // tag:, urn:, info:doi/… ids: exact strings, only the scheme's case folded.
            return uri.Scheme + s[uri.Scheme.Length..];
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        var port = uri.IsDefaultPort ? string.Empty : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"//{uri.Host.ToLowerInvariant()}{port}{path}{uri.Query}{uri.Fragment}";
    }
}
