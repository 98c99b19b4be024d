namespace DigestBot.Papers;

/// <summary>
/// A paper's links labelled by what each one is, the one rule the CLI card, the Discord card and the dashboard share:
/// "arXiv" and "PDF" only for arXiv's abstract and PDF, "DOI" for a doi.org link, the site's name for a Semantic Scholar,
/// OpenAlex or Hugging Face page, the site's own name for a publisher's, journal's or blog's page ("nature.com",
/// "bair.berkeley.edu"), "PDF" for a source's PDF elsewhere.
/// The same address is listed once.
/// </summary>
public static class ReadingLinks
{
    public const string Arxiv = "arXiv";
    public const string Pdf = "PDF";
    public const string Doi = "DOI";

    /// <summary>A page whose address has no usable site name (or one too long for a Discord button).</summary>
    public const string WebPage = "Web page";

    private const int MaxSiteLabel = 60;

    /// <summary>Every link the paper has, labelled, in reading order: page, PDF, Hugging Face, code, project.</summary>
    public static IReadOnlyList<(string Label, string Url)> Of(PaperLinks links)
    {
        var all = new (string Label, string? Url)[]
        {
            (links.Abs is { } abs ? PageLabel(abs) : string.Empty, links.Abs),
            (links.Pdf is { } pdf ? PdfLabel(pdf) : string.Empty, links.Pdf),
            ("Hugging Face", links.Hf),
            ("Code", links.Code),
            ("Project", links.Project),
        };
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. all.Where(l => l.Url is not null && seen.Add(l.Url)).Select(l => (l.Label, l.Url!))];
    }

    /// <summary>The link a card's title points at: the paper's page, else its first other link; null when it has none.</summary>
    public static string? Primary(PaperLinks links) => links.Abs ?? Of(links).Select(l => l.Url).FirstOrDefault();

    /// <summary>What the page link is: arXiv's abstract, a DOI, a known site's page, or any other site's page by its name.</summary>
    public static string PageLabel(string url) => Host(url) switch
    {
        "arxiv.org" when Path(url).StartsWith("/pdf/", StringComparison.OrdinalIgnoreCase) => Pdf,
        "arxiv.org" => Arxiv,
        "doi.org" or "dx.doi.org" => Doi,
        "semanticscholar.org" => "Semantic Scholar",
        "openalex.org" => "OpenAlex",
        "huggingface.co" => "Hugging Face",
        { Length: > 0 and <= MaxSiteLabel } site => site,
        _ => WebPage,
    };

    /// <summary>What a source's PDF link is: a DOI link is named so (it resolves to a page, not a file), else a PDF.</summary>
    public static string PdfLabel(string url) => Host(url) switch
    {
        "doi.org" or "dx.doi.org" => Doi,
        "arxiv.org" when Path(url).StartsWith("/abs/", StringComparison.OrdinalIgnoreCase) => Arxiv,
        _ => Pdf,
    };

    private static string Host(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return string.Empty;
        }

        var host = uri.Host.ToLowerInvariant();
        foreach (var prefix in new[] { "www.", "export.", "api." })
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal))
            {
                host = host[prefix.Length..];
            }
        }

        return host;
    }

    private static string Path(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : string.Empty;
}
