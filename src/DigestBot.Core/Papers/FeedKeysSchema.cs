using DigestBot.Sources;
using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Papers;

/// <summary>
/// Schema version 5: feed items stored under the key older versions gave them (<c>src:rss:&lt;source or file
/// name&gt;:&lt;hash&gt;</c>) move to the key of the item itself (<see cref="FeedItemKey"/>). Copies of one item stored
/// under two names become one paper; the old keys stay as aliases (links and deliveries still find the paper) and
/// leave tombstones (the search index drops their documents). Nothing is announced: an item's announcement, if it
/// had one, moves with it. An item whose guid is not a link or URI cannot be re-keyed without its feed's identity,
/// which was never stored: it keeps its key until the feed is next read under the same name, when the store finds
/// it by that key (<see cref="Paper.FormerKeys"/>) and re-keys it then.
/// </summary>
internal sealed class FeedKeysSchema : IMigration
{
    private const string LegacyPrefix = "src:rss:";

    public int Version => 5;

    public string Description => "feed items keyed by the item, not by the source or file name";

    public void Apply(LiteDatabase database)
    {
        var papers = database.GetCollection(PaperStore.PapersCollection);
        var tombstones = database.GetCollection(PaperStore.TombstonesCollection);
        var aliases = database.GetCollection(PaperStore.AliasesCollection);
        var announcements = database.GetCollection(PaperStore.AnnouncementsCollection);
        var revision = Math.Max(MaxRevision(papers), MaxRevision(tombstones));
        foreach (var document in papers.Find(Query.StartsWith("_id", LegacyPrefix)).ToList())
        {
            var paper = database.Mapper.ToObject<Paper>(document);
            if (NewKey(paper) is not { } key)
            {
                continue;
            }

            var stored = papers.FindById(key) is { } existing ? database.Mapper.ToObject<Paper>(existing) : null;
            var moved = (stored is null ? paper with { Id = key } : PaperMerge.Merge(stored, paper, key)) with { Revision = ++revision };
            papers.Delete(paper.Id);
            papers.Upsert(database.Mapper.ToDocument(moved));
            foreach (var alias in aliases.Find(Query.EQ("PaperId", paper.Id)).ToList())
            {
                alias["PaperId"] = key;
                aliases.Update(alias);
            }

            aliases.Upsert(new BsonDocument { ["_id"] = paper.Id, ["PaperId"] = key });
            if (announcements.FindById(paper.Id) is { } announcement)
            {
                announcements.Delete(paper.Id);
                announcement["_id"] = key;
                announcements.Upsert(announcement);
            }

            tombstones.Upsert(new BsonDocument
            {
                ["_id"] = paper.Id,
                ["Revision"] = ++revision,
                ["RemovedAt"] = StorageBson.FormatUtc(moved.Sources.Count > 0 ? moved.Sources.Max(s => s.SeenAt) : moved.FirstSeen),
            });
        }
    }

    /// <summary>The item's new key when its guid (or link) names it on its own; null when the feed's identity is needed.</summary>
    private static string? NewKey(Paper paper) =>
        paper.Sources
            .Where(s => s.Source.StartsWith("rss:", StringComparison.Ordinal) && paper.Id == PaperId.FromSource(s.Source, s.SourceId).Key)
            .Select(s => FeedItemKey.ForLink(s.SourceId)?.Key)
            .FirstOrDefault(k => k is not null);

    private static long MaxRevision(ILiteCollection<BsonDocument> collection) =>
        collection.Query().OrderByDescending("$.Revision").Limit(1).FirstOrDefault()?["Revision"].AsInt64 ?? 0;
}
