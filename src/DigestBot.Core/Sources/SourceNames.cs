namespace DigestBot.Sources;

/// <summary>The names written to <see cref="Papers.SourceRecord.Source"/>; stored in LiteDB, so never rename one.</summary>
public static class SourceNames
{
    public const string ArxivApi = "arxiv-api";
    public const string ArxivRss = "arxiv-rss";
    public const string HfDaily = "hf-daily";
    public const string Feed = "feed";
    public const string OpenAlex = "openalex";
    public const string SemanticScholar = "semantic-scholar";
    public const string ArxivSnapshot = "arxiv-snapshot";

    /// <summary>A configured journal feed: <c>rss:nature</c>.</summary>
    public static string Rss(string feedName) => "rss:" + feedName.Trim().ToLowerInvariant();
}
