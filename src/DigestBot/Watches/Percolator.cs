using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestBot.Watches;

/// <summary>
/// After each committed batch of papers, matches the announcements not yet percolated against every active watch
/// and writes one pending delivery per (channel, paper), with the watches and terms that hit, in the same
/// transaction that marks the announcements percolated. At start-up it does the same for anything a crash left.
/// </summary>
public sealed class Percolator(IServiceProvider services, WatchMatcher matcher, TimeProvider time, ILogger<Percolator> logger) : IPaperStoreListener
{
    private const int BatchLimit = 5000;

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
        var added = 0;
        for (var pending = store.Unpercolated(BatchLimit); pending.Count > 0; pending = store.Unpercolated(BatchLimit))
        {
            added += Percolate(store, pending);
        }

        return added;
    }

    private int Percolate(PaperStore store, IReadOnlyList<Announcement> pending)
    {
        var papers = pending.Select(a => store.Find(PaperId.Parse(a.Id))).OfType<Paper>().ToList();
        var watches = services.GetRequiredService<WatchStore>().Active();
        var matches = matcher.Match(papers, watches);

        // Semantic watches wait for the papers' vectors (SemanticPercolator); the rest are matched now.
        var semantic = services.GetService<SemanticPercolator>() is { Enabled: true } s && matcher.HasSemantic(watches) ? s : null;
        var added = Deliver(store, matches, pending.Count, now => store.MarkPercolated(pending, now, semanticPending: semantic is not null));
        semantic?.Waiting(papers);
        return added;
    }

    /// <summary>
    /// Writes one pending delivery per (channel, paper) of <paramref name="matches"/>, with the watches and terms that
    /// hit, in one transaction with <paramref name="mark"/> (which marks the announcements matched), then starts the
    /// digests of instant channels that got something.
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

        var db = services.GetRequiredService<Database>();
        int added;
        db.Lite.BeginTrans();
        try
        {
            added = services.GetRequiredService<Outbox>().AddPending(deliveries);
            mark(now);
            db.Lite.Commit();
        }
        catch
        {
            db.Lite.Rollback();
            throw;
        }

        CrashPoints.Hit("after-percolation");
        logger.LogInformation("Percolated {Papers} papers: {Deliveries} deliveries to {Channels} channels", papers, added, deliveries.Select(d => d.ChannelId).Distinct().Count());
        TriggerInstantChannels(deliveries.Select(d => d.ChannelId).Distinct());
        return added;
    }

    private void TriggerInstantChannels(IEnumerable<ulong> channels)
    {
        var store = services.GetRequiredService<ChannelStore>();
        var scheduler = services.GetRequiredService<DigestScheduler>();
        foreach (var channel in channels.Where(c => store.Get(c) is { Paused: false, Schedule: "instant" }))
        {
            _ = scheduler.TriggerNowAsync(channel, CancellationToken.None).ContinueWith(
                t => logger.LogWarning("Could not start the instant digest of channel {Channel}: {Error}", channel, t.Exception?.GetBaseException().Message),
                TaskContinuationOptions.OnlyOnFaulted);
        }
    }
}
