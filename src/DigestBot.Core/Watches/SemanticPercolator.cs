using DigestBot.Papers;
using DigestBot.Semantic;
using Microsoft.Extensions.Logging;

namespace DigestBot.Watches;

/// <summary>
/// Matches semantic watches (<c>like:</c>, <c>about:</c>) against announced papers once their vectors exist: the
/// other watches were matched when the papers were stored (<see cref="Percolator"/>), which queued these papers first
/// for the background embedding. Runs after each embedding batch (and on the embedding's idle ticks), one batch of
/// waiting announcements at a time; a paper still without a vector is queued again (after a restart the queue is new).
/// </summary>
public sealed class SemanticPercolator(
    PaperStore store,
    WatchStore watches,
    WatchMatcher matcher,
    Percolator percolator,
    SemanticIndex index,
    SemanticWaitlist waiting,
    ILogger<SemanticPercolator> logger) : IEmbeddedListener
{
    private const int BatchLimit = 5000;
    private readonly Lock _gate = new();

    public void Embedded()
    {
        lock (_gate)
        {
            try
            {
                Percolate();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Nothing is marked: the same announcements are tried after the next batch.
                logger.LogError(e, "Semantic percolation failed");
            }
        }
    }

    /// <summary>Matches the waiting announcements whose papers have vectors; returns how many deliveries were added.</summary>
    public int Percolate()
    {
        var pending = store.SemanticPending(BatchLimit);
        if (pending.Count == 0)
        {
            return 0;
        }

        var papers = pending.Select(a => (Announcement: a, Paper: store.Find(PaperId.Parse(a.Id)))).ToList();
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (_, paper) in papers)
        {
            if (paper is not null && index.Enabled && index.Get(paper.Id) is { } vector)
            {
                vectors[paper.Id] = vector.ToFloats();
            }
        }

        // Ready: has a vector, or never will here (the paper is gone, semantic search was turned off).
        var ready = papers.Where(p => p.Paper is null || !index.Enabled || vectors.ContainsKey(p.Paper.Id)).ToList();
        waiting.Add(papers.Except(ready).Select(p => p.Paper!));
        if (ready.Count == 0)
        {
            return 0;
        }

        var matched = ready.Select(p => p.Paper).OfType<Paper>().Where(p => vectors.ContainsKey(p.Id)).ToList();
        var matches = matcher.Match(matched, watches.Active(), vectors: p => vectors.GetValueOrDefault(p.Id));
        var announcements = ready.Select(p => p.Announcement).ToList();
        return percolator.Deliver(store, matches, announcements.Count, _ => store.MarkSemanticPercolated(announcements));
    }
}
