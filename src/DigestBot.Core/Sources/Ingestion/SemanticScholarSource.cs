namespace DigestBot.Sources;

/// <summary>Semantic Scholar paper search, newest relevant results; an API key is optional but avoids shared-pool 429s.</summary>
public sealed class SemanticScholarSource(SourceHttp http) : IPaperSource
{
    public const string DefaultBaseUrl = "https://api.semanticscholar.org";
    private const string Fields = "title,abstract,authors,externalIds,publicationDate,year,venue,url,openAccessPdf,tldr";

    public SourceType Type => SourceType.SemanticScholar;

    public async Task<SourcePoll> PollAsync(SourceContext context, CancellationToken cancellationToken)
    {
        var config = context.Config;
        var url = new Uri($"{Api(config)}/graph/v1/paper/search?query={Uri.EscapeDataString(config.Query!)}"
            + $"&limit={Math.Min(config.PageSize, 100)}&fields={Fields}");
        var document = await http.GetAsync(url, validators: null, Headers(config), acceptErrorBody: false, cancellationToken);
        return SourcePoll.From(document, SemanticScholarParser.Parse(document.Body, context.Now));
    }

    /// <summary>One paper's record (<c>import</c> of a Semantic Scholar id), asked of <paramref name="config"/>'s API when one is configured.</summary>
    public static Uri PaperUrl(SourceConfig? config, string paperId) => new($"{Api(config)}/graph/v1/paper/{paperId}?fields={Fields}");

    /// <summary>The key's header, or null without a key (Semantic Scholar's shared, often full, pool).</summary>
    public static IReadOnlyDictionary<string, string>? Headers(SourceConfig? config) =>
        config?.ApiKey is { Length: > 0 } key ? new Dictionary<string, string> { ["x-api-key"] = key } : null;

    private static string Api(SourceConfig? config) => (string.IsNullOrWhiteSpace(config?.Url) ? DefaultBaseUrl : config.Url).TrimEnd('/');
}
