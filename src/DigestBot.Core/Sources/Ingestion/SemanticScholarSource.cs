namespace DigestBot.Sources;

/// <summary>Semantic Scholar paper search, newest relevant results; an API key is optional but avoids shared-pool 429s.</summary>
public sealed class SemanticScholarSource(SourceHttp http) : IPaperSource
{
    public const string DefaultBaseUrl = "https://api.semanticscholar.org";
    /// <summary>What a paper's record is asked with (also by <c>import</c> of one paper).</summary>
    public const string Fields = "title,abstract,authors,externalIds,publicationDate,year,venue,url,openAccessPdf,tldr";

    public SourceType Type => SourceType.SemanticScholar;

    public async Task<SourcePoll> PollAsync(SourceContext context, CancellationToken cancellationToken)
    {
        var config = context.Config;
        var url = new Uri($"{(config.Url ?? DefaultBaseUrl).TrimEnd('/')}/graph/v1/paper/search?query={Uri.EscapeDataString(config.Query!)}"
            + $"&limit={Math.Min(config.PageSize, 100)}&fields={Fields}");
        var headers = config.ApiKey is { Length: > 0 } key ? new Dictionary<string, string> { ["x-api-key"] = key } : null;
        var document = await http.GetAsync(url, validators: null, headers, acceptErrorBody: false, cancellationToken);
        return SourcePoll.From(document, SemanticScholarParser.Parse(document.Body, context.Now));
    }
}
