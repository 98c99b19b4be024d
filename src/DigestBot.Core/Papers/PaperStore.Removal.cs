using LiteDB;

namespace DigestBot.Papers;

/// <summary>Removing papers (retention) and the tombstones that let derived indexes follow.</summary>
public sealed partial class PaperStore
{
    internal const string TombstonesCollection = "paper_tombstones";

    private ILiteCollection<PaperTombstone> Tombstones => _db.Collection<PaperTombstone>(TombstonesCollection);

    /// <summary>
    /// Removes the papers with these keys, their aliases and announcements, in one transaction; each gets a
    /// tombstone at a new revision, and the listeners hear of the batch. Returns how many papers were removed.
    /// </summary>
    public int Remove(IReadOnlyCollection<string> ids, DateTimeOffset at)
    {
        var removed = new List<string>(ids.Count);
        Write(before =>
        {
            foreach (var id in ids)
            {
                if (!StoredPapers.Delete(id))
                {
                    continue;
                }

                CountDeleted();

                StoredAliases.DeleteMany(a => a.PaperId == id);
                StoredAnnouncements.Delete(id);
                Tombstones.Upsert(new PaperTombstone { Id = id, Revision = NextRevision(), RemovedAt = at });
                removed.Add(id);
            }

            return removed.Count == 0 ? null : new StoredBatch(before, _revision, []) { Removed = removed };
        });

        return removed.Count;
    }

    /// <summary>Keys of papers removed after <paramref name="revision"/>, and the highest revision among their tombstones.</summary>
    public (IReadOnlyList<string> Ids, long Revision) RemovedSince(long revision)
    {
        var tombstones = Tombstones.Query().Where("$.Revision > @0", new BsonValue(revision)).OrderBy("$.Revision").ToList();
        return ([.. tombstones.Select(t => t.Id)], tombstones.Count == 0 ? revision : tombstones[^1].Revision);
    }

    /// <summary>
    /// Forgets tombstones at or below <paramref name="revision"/> (every derived index has them), except the newest
    /// one: it keeps the store's revision from going back at the next start.
    /// </summary>
    public int ForgetRemoved(long revision)
    {
        var newest = Tombstones.Query().OrderByDescending(t => t.Revision).Limit(1).FirstOrDefault();
        return newest is null ? 0 : Tombstones.DeleteMany(Query.And(
            Query.LTE("Revision", new BsonValue(revision)),
            Query.Not("_id", new BsonValue(newest.Id))));
    }
}
