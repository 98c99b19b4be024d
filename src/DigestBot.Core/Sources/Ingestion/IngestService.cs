using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Sources;

/// <summary>
/// Polls one configured source: fetch and parse through its <see cref="IPaperSource"/>, store through the
/// <see cref="PaperIngestor"/>, remember the outcome in <see cref="SourceStateStore"/>. A failure is recorded
/// and told by the <see cref="SourceFailureReporter"/> in plain words; it never reaches the caller, so one broken
/// source cannot stop the others.
/// </summary>
public sealed class IngestService(
    IEnumerable<IPaperSource> sources,
    PaperIngestor ingestor,
    SourceStateStore states,
    SourceFailureReporter reporter,
    IOptionsMonitor<SourcesOptions> options,
    TimeProvider time,
    ILogger<IngestService> logger)
{
    private const int SkipLinesPerPoll = 20;
    private readonly Dictionary<SourceType, IPaperSource> _byType = sources.ToDictionary(s => s.Type);

    /// <summary>Polls <paramref name="name"/> once; null when the poll failed (the reason is in its state).</summary>
    public async Task<IngestCounts?> PollAsync(string name, CancellationToken cancellationToken)
    {
        var current = options.CurrentValue;
        if (!current.List.TryGetValue(name, out var config))
        {
            logger.LogWarning("Source {Source} is not configured; nothing to poll", name);
            return null;
        }

        var now = time.GetUtcNow();
        var state = states.Get(name) with { LastAttempt = now };
        try
        {
            var context = new SourceContext(name, config, state, now, current.Freshness);
            var poll = await _byType[config.Type].PollAsync(context, cancellationToken);
            var counts = Store(name, poll, announce: state.SuccessfulPolls > 0);
            states.Save(state with
            {
                LastSuccess = time.GetUtcNow(),
                LastError = null,
                FailingSince = null,
                SuccessfulPolls = state.SuccessfulPolls + 1,
                LastPollNew = counts.New,
                ItemsSeen = state.ItemsSeen + counts.Read + counts.Skipped,
                ETag = poll.NotModified ? state.ETag : poll.ETag,
                LastModified = poll.NotModified ? state.LastModified : poll.LastModified,
                Cursor = poll.Cursor ?? state.Cursor,
            });
            reporter.Succeeded(name);
            return counts;
        }
        catch (Exception e) when (e is SourceFetchException || !cancellationToken.IsCancellationRequested)
        {
            var failure = e is SourceFetchException fetch ? fetch.Failure : SourceFailure.Other(ExceptionText.OneLine(e));
            var message = e is SourceFetchException ? failure.Stored(e.Message) : failure.Reason;
            reporter.Failed(name, failure);
            var at = time.GetUtcNow();
            states.Save(state with { LastError = message, LastErrorAt = at, FailingSince = state.LastError is null ? at : state.FailingSince ?? state.LastErrorAt ?? at });
            return null;
        }
    }

    private IngestCounts Store(string name, SourcePoll poll, bool announce)
    {
        if (poll.NotModified)
        {
            logger.LogInformation("Source {Source}: not modified since the last poll", name);
            return IngestCounts.Zero;
        }

        var failed = poll.Pages.Where(p => p.Failed).ToList();
        if (failed.Count == poll.Pages.Count && failed.Count > 0)
        {
            throw new SourceFetchException(failed[0].Error!);
        }

        var items = poll.Pages.SelectMany(p => p.Items).ToList();
        var skipped = poll.Pages.SelectMany(p => p.Skipped).ToList();
        foreach (var issue in skipped.Take(SkipLinesPerPoll))
        {
            logger.LogWarning("Source {Source} skipped {Item}: {Reason}", name, issue.Item, issue.Reason);
        }

        if (skipped.Count > SkipLinesPerPoll)
        {
            logger.LogWarning("Source {Source} skipped {More} more items", name, skipped.Count - SkipLinesPerPoll);
        }

        var counts = ingestor.Store(items, skipped.Count, announce);
        logger.LogInformation(
            "Source {Source}: {Counts}; {Announced} to announce{Seeding}",
            name, counts, counts.Announced, announce ? string.Empty : " (first poll: stored, not announced)");
        return counts;
    }
}
