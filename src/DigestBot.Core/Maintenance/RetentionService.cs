using System.Globalization;
using DigestBot.Configuration;
using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Storage;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Maintenance;

/// <summary>
/// The daily retention run. <c>Storage:KeepPapers</c>: removes papers both first stored and published (when known)
/// longer ago than that, except those a pending delivery or an unmatched announcement still needs. Removal goes
/// through the paper store, so the search index drops them in step (and catches up from tombstones after a crash).
/// Then <c>Storage:KeepDeliveries</c>: sent deliveries and finished digests (<see cref="DeliveryRetention"/>).
/// </summary>
public sealed class RetentionService(
    Database db,
    PaperStore store,
    SearchIndex index,
    DeliveryRetention deliveries,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<RetentionService> logger)
{
    private const int BatchSize = 1000;

    /// <summary>Removes what retention allows; returns how many papers went (0 when every paper is kept forever).</summary>
    public int Prune(CancellationToken cancellationToken = default)
    {
        // Papers first: a delivery whose paper goes now is then kept as the record that it was posted.
        var removed = options.Value.KeepPapers is { } papers ? PrunePapers(papers, cancellationToken) : 0;
        if (options.Value.KeepDeliveries is { } keep)
        {
            var cutoff = time.GetUtcNow() - keep;
            var (sent, kept, digests) = deliveries.Prune(cutoff);
            logger.LogInformation(
                "Retention: removed {Deliveries} sent deliveries and {Digests} finished digests from before {Cutoff} (KeepDeliveries={Keep}); {Kept} deliveries of removed papers kept so they are never posted again",
                sent, digests, cutoff.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DurationText.Of(keep), kept);
        }

        return removed;
    }

    private int PrunePapers(TimeSpan period, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = now - period;
        if (index.IsOpen)
        {
            store.ForgetRemoved(index.CommittedRevision);
        }

        var keep = StillNeeded();
        var old = db.Lite.GetCollection(PaperStore.PapersCollection)
            .Query()
            .Where("$.FirstSeen < @0", new BsonValue(StorageBson.FormatUtc(cutoff)))
            .Select("{ Id: $._id, Published: $.Published, Precision: $.PublishedPrecision }")
            .ToEnumerable()
            .Where(p => p["Published"].IsNull || LatestDate(p) < cutoff)
            .Select(p => p["Id"].AsString)
            .ToList();
        var doomed = old.Where(id => !keep.Contains(id)).ToList();

        var removed = 0;
        foreach (var batch in doomed.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            removed += store.Remove(batch, now);
        }

        var cut = cutoff.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        logger.LogInformation(
            "Retention: removed {Removed} papers stored and published before {Cutoff} (KeepPapers={Keep}); {Kept} of them kept for pending deliveries",
            removed, cut, DurationText.Of(period), old.Count - doomed.Count);
        return removed;
    }

    /// <summary>The last instant a stored date may stand for: a year-only date is kept while any of its year is.</summary>
    private static DateTimeOffset LatestDate(BsonDocument paper) =>
        new PaperDate(
            StorageBson.ParseUtc(paper["Published"].AsString),
            paper["Precision"].IsString && Enum.TryParse<DatePrecision>(paper["Precision"].AsString, out var precision) ? precision : DatePrecision.Day)
        .Latest;

    /// <summary>Papers a channel is still owed (pending deliveries) or not yet matched against the watches.</summary>
    private HashSet<string> StillNeeded()
    {
        var pending = db.Lite.GetCollection(Outbox.DeliveriesCollection)
            .Find("$.SentAt = null")
            .Select(d => d["PaperId"].AsString);
        var unmatched = db.Lite.GetCollection(PaperStore.AnnouncementsCollection)
            .Find("$.PercolatedAt = null")
            .Select(a => a["_id"].AsString);
        return [.. pending.Concat(unmatched)];
    }
}
