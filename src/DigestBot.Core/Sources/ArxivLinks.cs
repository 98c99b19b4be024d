using System.Text.RegularExpressions;
using DigestBot.Papers;

namespace DigestBot.Sources;

/// <summary>The canonical reading links of an arXiv paper, for sources that name the id but give no links.</summary>
internal static partial class ArxivLinks
{
    public static PaperLinks For(PaperId id) => id.Kind == PaperIdKind.Arxiv
        ? new PaperLinks { Abs = "https://arxiv.org/abs/" + id.Value, Pdf = "https://arxiv.org/pdf/" + id.Value }
        : PaperLinks.None;

    /// <summary>
    /// An arxiv.org abs or PDF link as every source but the arXiv API gives it: https and without the version
    /// (<c>http://arxiv.org/abs/1412.6529v2</c> → <c>https://arxiv.org/abs/1412.6529</c>), which always opens the
    /// newest; the card says which version is stored. Any other link is returned as it is.
    /// </summary>
    public static string? Canonical(string? url)
    {
        if (url is null || ArxivLink().Match(url) is not { Success: true } m
            || !PaperId.TryParse(m.Groups["id"].Value, out var id) || id.Kind != PaperIdKind.Arxiv)
        {
            return url;
        }

        return $"https://arxiv.org/{m.Groups["kind"].Value.ToLowerInvariant()}/{id.Value}";
    }

    [GeneratedRegex(@"^https?://(?:www\.|export\.)?arxiv\.org/(?<kind>abs|pdf)/(?<id>[^?#]+?)(?:\.pdf)?/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivLink();
}
