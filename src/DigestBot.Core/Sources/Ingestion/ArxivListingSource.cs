namespace DigestBot.Sources;

/// <summary>arXiv's daily listing feed (<c>rss.arxiv.org/rss/cs.LG+cs.AI</c>): one conditional GET a poll.</summary>
public sealed class ArxivListingSource(SourceHttp http, ArxivGate arxiv) : IPaperSource
{
    public const string DefaultBaseUrl = "https://rss.arxiv.org";

    public SourceType Type => SourceType.ArxivListing;

    public async Task<SourcePoll> PollAsync(SourceContext context, CancellationToken cancellationToken)
    {
        var baseUrl = (context.Config.Url ?? DefaultBaseUrl).TrimEnd('/');
        var url = new Uri($"{baseUrl}/rss/{string.Join('+', context.Config.Categories)}");
        var document = await arxiv.Gate.RunAsync(
            ct => http.GetAsync(url, context.State, headers: null, acceptErrorBody: true, ct), cancellationToken);
        return document.NotModified
            ? SourcePoll.Unchanged
            : SourcePoll.From(document, ArxivListingParser.Parse(document.Body, context.Now));
    }
}
