using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Papers;

/// <summary>
/// Schema version 6: indexes to find a paper by what a user pastes (its page link, an OpenAlex or Semantic Scholar id
/// a sighting left) and by its normalised title (cross-source matching), the title keys of stored papers, and the
/// fuzzy-merge log that <c>merge --undo</c> reads.
/// </summary>
internal sealed class LookupIndexesSchema : IMigration
{
    public int Version => 6;

    public string Description => "paper lookups by link, source id and title; the merge log";

    public void Apply(LiteDatabase database)
    {
        var papers = database.GetCollection(PaperStore.PapersCollection);
        papers.EnsureIndex("AbsLink", "$.Links.Abs");
        papers.EnsureIndex("SourceIds", "$.Sources[*].SourceId");

        // Title keys are computed when a paper is written; papers stored before them get theirs here, page by page.
        string? after = null;
        while (true)
        {
            var page = papers.Query().Where("$._id > @0", new BsonValue(after ?? string.Empty)).OrderBy("$._id").Limit(1000).ToList();
            if (page.Count == 0)
            {
                break;
            }

            foreach (var document in page.Where(d => !d.ContainsKey("TitleKey")))
            {
                document["TitleKey"] = PaperTitle.Key(document["Title"].IsString ? document["Title"].AsString : string.Empty);
                papers.Update(document);
            }

            after = page[^1]["_id"].AsString;
        }

        papers.EnsureIndex("TitleKey", "$.TitleKey");
        var merges = database.GetCollection(PaperStore.MergesCollection);
        merges.EnsureIndex("PaperId", "$.PaperId");
        merges.EnsureIndex("IncomingId", "$.IncomingId");
        merges.EnsureIndex("StoredId", "$.StoredId");
    }
}
