namespace DigestBot.Sources;

/// <summary>One kind of source: fetch what is new for one configured source and parse it (fetch → parse → papers).</summary>
public interface IPaperSource
{
    SourceType Type { get; }

    Task<SourcePoll> PollAsync(SourceContext context, CancellationToken cancellationToken);
}
