namespace DigestBot.Sources;

/// <summary>The document formats <c>import --format</c> accepts (CLI names in kebab case: <c>arxiv-api</c>).</summary>
public enum SourceFormat
{
    Auto,
    ArxivApi,
    ArxivRss,
    HfDaily,
    Rss,
    Atom,
    OpenAlex,
    SemanticScholar,
    ArxivSnapshot,
}
