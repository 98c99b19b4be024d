using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Storage;
using Microsoft.Extensions.Logging;

namespace DigestBot.Watches;

/// <summary>
/// After each committed batch of papers, matches the announcements not yet percolated against every active watch
/// and writes one pending delivery per (channel, paper), with the watches and terms that hit, in the same
/// transaction that marks the announcements percolated, and reports the channels that got something as
/// <see cref="DueChannels"/> (the digest side decides what is sent when). At start-up it does the same for anything a
/// crash left.
/// </summary>
public sealed class Percolator(
    Database db,
    WatchStore watchStore,
    Outbox outbox,
    WatchMatcher matcher,
    SemanticWaitlist semantic,
    DueChannels due,
    TimeProvider time,
    ILogger<Percolator> logger) : IPaperStoreListener
{
    private const int BatchLimit = 5000;

    // One percolation at a time: a digest about to run and a batch just stored may both find the same announcements
    // unmatched and match them twice. Their deliveries' transactions run one at a time besides (Outbox.Exclusively:
    // two that each found a delivery absent would both insert it, and LiteDB refused the second with a duplicate key).
    // Taken after the store's write lock, never before it.
    private readonly Lock _percolating = new();

    public void Committed(PaperStore store, StoredBatch batch)
    {
        try
        {
            CrashPoints.Hit("before-percolation");
            PercolatePending(store);
        }
        catch (Exception e)
        {
            // The papers are committed; what was not matched now is matched at the next batch or start-up.
            logger.LogError(e, "Percolation failed");
        }
    }

    /// <summary>Matches every unpercolated announcement; returns how many deliveries were added.</summary>
    public int PercolatePending(PaperStore store)
    {
        lock (_percolating)
        {
            var added = 0;
            for (var pending = store.Unpercolated(BatchLimit); pending.Count > 0; pending = store.Unpercolated(BatchLimit))
            {
                added += Percolate(store, pending);
            }

            return added;
        }
    }

    private int Percolate(PaperStore store, IReadOnlyList<Announcement> pending)
    {
        var papers = pending.Select(a => store.Find(PaperId.Parse(a.Id))).OfType<Paper>().ToList();
        var watches = watchStore.Active();
        var matches = matcher.Match(papers, watches);

        // Semantic watches wait for the papers' vectors (SemanticPercolator); the rest are matched now.
        var waiting = semantic.Enabled && matcher.HasSemantic(watches);
        var added = Deliver(store, matches, pending.Count, now => store.MarkPercolated(pending, now, semanticPending: waiting));
        if (waiting)
        {
            semantic.Add(papers);
        }

        return added;
    }

    /// <summary>
    /// Writes one pending delivery per (channel, paper) of <paramref name="matches"/>, with the watches and terms that
    /// hit, in one transaction with <paramref name="mark"/> (which marks the announcements matched), then reports the
    /// channels that got something as due.
    /// </summary>
    internal int Deliver(PaperStore store, IReadOnlyList<WatchMatch> matches, int papers, Action<DateTimeOffset> mark)
    {
        var now = time.GetUtcNow();
        var deliveries = matches
            .GroupBy(m => (m.Watch.ChannelId, m.Paper.Id))
            .Select(g => new Delivery
            {
                Id = Delivery.KeyOf(g.Key.ChannelId, g.Key.Id),
                ChannelId = g.Key.ChannelId,
                PaperId = g.Key.Id,
                WatchNames = [.. g.Select(m => m.Watch.Name).Distinct()],
                MatchedTerms = [.. g.SelectMany(m => m.Terms).Distinct()],
                CreatedAt = now,
            })
            .ToList();

        var added = outbox.Exclusively(() => db.Lite.InTransaction(() =>
        {
            var count = outbox.AddPending(deliveries);
            mark(now);
            return count;
        }));

        CrashPoints.Hit("after-percolation");
        LogPercolated(papers, added, deliveries.Select(d => d.ChannelId).Distinct().Count());
        due.Report(deliveries.Select(d => d.ChannelId).Distinct());
        return added;
    }

    /// <summary>
    /// "Percolated 1 paper: 1 delivery to 1 channel": the template is one constant (a log template may not vary between
    /// calls), so each count's word comes as a field of its own and the counts (Papers, Deliveries, Channels) stay numbers.
    /// </summary>
    private void LogPercolated(int papers, int deliveries, int channels) =>
        logger.LogInformation(
            "Percolated {Papers} {PapersWord}: {Deliveries} {DeliveriesWord} to {Channels} {ChannelsWord}",
            papers,
            papers == 1 ? "paper" : "papers",
            deliveries,
            deliveries == 1 ? "delivery" : "deliveries",
            channels,
            channels == 1 ? "channel" : "channels");
}
