using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Papers;

/// <summary>
/// Schema version 8: papers first stored per day and source (<see cref="PaperArrivals"/>), counted from the papers
/// already stored (one pass over them, once) and from then on as each new paper is stored.
/// </summary>
internal sealed class PaperArrivalsSchema : IMigration
{
    public int Version => 8;

    public string Description => "papers first stored per day and source, for the dashboard's chart";

    public void Apply(LiteDatabase database)
    {
        var counts = new Dictionary<(string Day, string Source), int>();
        var papers = database.GetCollection(PaperStore.PapersCollection);
        foreach (var paper in papers.Query().Select("{ FirstSeen: $.FirstSeen, Sources: $.Sources }").ToEnumerable())
        {
            var key = PaperStore.ArrivalOf(StorageBson.ParseUtc(paper["FirstSeen"].AsString), EarliestSource(paper["Sources"]));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var arrivals = database.GetCollection(PaperStore.ArrivalsCollection);
        arrivals.EnsureIndex("Day", "$.Day");
        foreach (var ((day, source), count) in counts)
        {
            arrivals.Upsert(new BsonDocument
            {
                ["_id"] = PaperStore.ArrivalId(day, source),
                ["Day"] = day,
                ["Source"] = source,
                ["Count"] = count,
            });
        }
    }

    private static string? EarliestSource(BsonValue sources) =>
        sources.IsArray
            ? sources.AsArray.Where(s => s.IsDocument && s["Source"].IsString && s["SeenAt"].IsString)
                .MinBy(s => StorageBson.ParseUtc(s["SeenAt"].AsString))?["Source"].AsString
            : null;
}
