namespace DigestBot.Sources;

/// <summary>The kinds of source a poll can read (<c>DigestBot:Sources:List:&lt;name&gt;:Type</c>).</summary>
public enum SourceType
{
    /// <summary>arXiv's daily listing feed for some categories (rss.arxiv.org).</summary>
    ArxivListing,

    /// <summary>arXiv API query by categories and a submitted-date window (export.arxiv.org).</summary>
    ArxivApi,

    /// <summary>Hugging Face Daily Papers for the current day.</summary>
    HfDaily,

    /// <summary>Any RSS 2.0, RSS 1.0/RDF or Atom journal feed.</summary>
    Feed,

    /// <summary>OpenAlex works search; needs an API key.</summary>
    OpenAlex,

    /// <summary>Semantic Scholar paper search (optional enrichment).</summary>
    SemanticScholar,
}
