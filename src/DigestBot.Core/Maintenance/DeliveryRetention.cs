using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Maintenance;

/// <summary>
/// <c>Storage:KeepDeliveries</c>: removes what the outbox is done with, sent deliveries and finished digests older
/// than that, so the outbox no longer grows with every paper ever posted.
/// </summary>
/// <remarks>
/// A re-listed paper is still never posted twice. A paper is announced (and so matched against watches) only when it
/// is new to the store; a re-listing of a stored paper updates it and announces nothing, so while the paper is stored
/// its old delivery is not needed. A delivery whose paper has been removed (<c>Storage:KeepPapers</c>, which runs
/// first) is kept: a re-listing of that paper would be new again, and that delivery, found already sent, is what
/// leaves it unposted (<see cref="Outbox.AddPending"/>). Pending deliveries and unfinished digests are never touched.
/// </remarks>
public sealed class DeliveryRetention(Database db, PaperStore papers, Outbox outbox)
{
    /// <summary>Removes sent deliveries and finished digests from before <paramref name="cutoff"/>.</summary>
    public (int Deliveries, int KeptForRemovedPapers, int Digests) Prune(DateTimeOffset cutoff)
    {
        var before = new BsonValue(StorageBson.FormatUtc(cutoff));
        var deliveries = db.Collection<Delivery>(Outbox.DeliveriesCollection);
        var sent = deliveries.Query()
            .Where("$.SentAt != null AND $.SentAt < @0", before)
            .Select("{ Id: $._id, PaperId: $.PaperId }")
            .ToList();
        var done = sent.Where(d => papers.Find(PaperId.Parse(d["PaperId"].AsString)) is not null).Select(d => d["Id"]).ToList();

        var digests = db.Collection<DigestRecord>(Outbox.DigestsCollection);
        var finished = digests.Find(Query.LT("CreatedAt", before)).Where(d => d.Complete).ToList();
        var removed = db.Lite.InTransaction(() =>
        {
            foreach (var channel in finished.Select(d => d.ChannelId).Distinct())
            {
                outbox.KeepNumber(channel);
            }

            return finished.Count(d => digests.Delete(d.Id));
        });

        var gone = done.Chunk(1000).Sum(batch => deliveries.DeleteMany(Query.In("_id", batch)));
        return (gone, sent.Count - done.Count, removed);
    }
}
