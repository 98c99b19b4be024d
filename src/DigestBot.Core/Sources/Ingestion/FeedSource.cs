namespace DigestBot.Sources;

/// <summary>Any RSS 2.0, RSS 1.0/RDF or Atom journal feed: one conditional GET a poll.</summary>
public sealed class FeedSource(SourceHttp http) : IPaperSource
{
    public SourceType Type => SourceType.Feed;

    public async Task<SourcePoll> PollAsync(SourceContext context, CancellationToken cancellationToken)
    {
        var url = new Uri(context.Config.Url!);
        var document = await http.GetAsync(url, context.State, headers: null, acceptErrorBody: false, cancellationToken);
        return document.NotModified
            ? SourcePoll.Unchanged
            : SourcePoll.From(document, FeedParser.Parse(document.Body, SourceNames.Rss(context.Name), context.Now, url.AbsoluteUri));
    }
}
