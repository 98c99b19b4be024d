namespace DigestBot.Sources;

/// <summary><c>DigestBot:Sources</c>: which sources to poll, and how politely.</summary>
public sealed class SourcesOptions
{
    public const string Section = "DigestBot:Sources";

    /// <summary>Master switch for scheduled polling (imports work either way).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// <c>paper</c>, <c>cite</c>, <c>summary</c> and <c>similar</c> fetch a paper not stored here from arXiv, OpenAlex or Semantic
    /// Scholar (by its id) and store it; false: they say it is not stored.
    /// </summary>
    public bool FetchMissing { get; set; } = true;

    /// <summary>A new paper is announced only when its published or announced date is this recent (was <c>FreshnessDays</c>).</summary>
    public TimeSpan Freshness { get; set; } = TimeSpan.FromDays(7);

    /// <summary>An e-mail or URL added to the User-Agent, so providers can reach the operator.</summary>
    public string Contact { get; set; } = string.Empty;

    /// <summary>arXiv's terms: at most one request every 3 seconds, one connection at a time.</summary>
    public TimeSpan ArxivRequestInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>First back-off of the retries on 429, 5xx and timeouts (doubling, with jitter; Retry-After wins).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one HTTP request may take.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public Dictionary<string, SourceConfig> List { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
