using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Papers;

/// <summary>
/// Schema version 7: announcements indexed by when they were matched, so finding the unmatched ones (every ingest
/// batch and every digest run asks) reads those alone instead of every announcement ever made. That scan grew with
/// the store, and LiteDB holds the pages a query reads until it ends: its page cache grew by 8 MB segments with it.
/// </summary>
internal sealed class AnnouncementQueueSchema : IMigration
{
    public int Version => 7;

    public string Description => "announcements found by whether they were matched";

    public void Apply(LiteDatabase database) =>
        database.GetCollection(PaperStore.AnnouncementsCollection).EnsureIndex("PercolatedAt", "$.PercolatedAt");
}
