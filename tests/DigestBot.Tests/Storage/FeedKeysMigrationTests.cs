using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Sources;
using DigestBot.Tests.Support;
using LiteDB;

namespace DigestBot.Tests.Storage;

/// <summary>
/// Schema 5 re-keys the feed items an older digestbot stored under their source or file name (<c>src:rss:NAME:HASH</c>):
/// copies of one item become one paper, old keys stay findable, nothing is announced again.
/// </summary>
public sealed class FeedKeysMigrationTests : IDisposable
{
    private const string Grasp = "http://bair.berkeley.edu/blog/2026/04/20/grasp/";
    private const string GradientGuid = "69879dd077c3d76051ac158f";
    private static readonly DateTimeOffset Seen = new(2026, 4, 21, 8, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    private static string Legacy(string source, string guid) => PaperId.FromSource(source, guid).Key;

    [Fact]
    public void Two_copies_of_one_feed_item_become_one_paper_under_the_items_own_key()
    {
        WriteSchema4Database();
        using var bot = new SourcesHarness(Fixtures.SeenAt, ("DigestBot:Storage:DataDirectory", Data));

        var store = bot.Papers;

        var key = FeedItemKey.ForLink(Grasp)!.Key;
        var paper = store.Find(PaperId.Parse(key))!;
        Assert.Equal(key, paper.Id);
        Assert.Equal(["rss:seed", "rss:seed-copy"], paper.Sources.Select(s => s.Source).Order());
        Assert.Equal(key, store.Find(PaperId.Parse(Legacy("rss:seed", Grasp)))!.Id);
        Assert.Equal(key, store.Find(PaperId.Parse(Legacy("rss:seed-copy", Grasp)))!.Id);
        Assert.Equal(2, store.Count());
    }

    [Fact]
    public void A_pending_announcement_moves_with_its_paper_and_no_new_one_is_queued()
    {
        WriteSchema4Database();
        using var bot = new SourcesHarness(Fixtures.SeenAt, ("DigestBot:Storage:DataDirectory", Data));

        var announcement = Assert.Single(bot.Papers.Announcements());

        Assert.Equal(FeedItemKey.ForLink(Grasp)!.Key, announcement.Id);
        Assert.Null(announcement.PercolatedAt);
    }

    [Fact]
    public void The_old_keys_leave_tombstones_so_the_search_index_drops_their_documents()
    {
        WriteSchema4Database();
        using var bot = new SourcesHarness(Fixtures.SeenAt, ("DigestBot:Storage:DataDirectory", Data));

        var (ids, revision) = bot.Papers.RemovedSince(3);

        Assert.Equal(new[] { Legacy("rss:seed", Grasp), Legacy("rss:seed-copy", Grasp) }.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.True(revision > 3);
        Assert.True(bot.Papers.Revision >= revision);
    }

    [Fact]
    public void An_item_whose_guid_needs_its_feed_keeps_its_key_until_the_feed_is_read_again_under_its_name()
    {
        WriteSchema4Database();
        using var bot = new SourcesHarness(Fixtures.SeenAt, ("DigestBot:Storage:DataDirectory", Data));
        var legacy = Legacy("rss:gradient", GradientGuid);
        Assert.NotNull(bot.Papers.Find(PaperId.Parse(legacy)));

        var feed = FeedParser.Parse(Fixtures.Recorded(FeedItemIdentityTests.Gradient), SourceNames.Rss("gradient"), Fixtures.SeenAt);
        var results = bot.Papers.UpsertBatch([feed.Items[0].Paper]);

        Assert.Equal(UpsertOutcome.Updated, results[0].Outcome);
        Assert.Equal(feed.Items[0].Paper.Id, bot.Papers.Find(PaperId.Parse(legacy))!.Id);
        Assert.Equal(2, bot.Papers.Count());
    }

    /// <summary>The file as digestbot wrote it at schema 4, document by document (not through today's mapper).</summary>
    private void WriteSchema4Database()
    {
        Directory.CreateDirectory(Data);
        using var db = new LiteDatabase(new ConnectionString { Filename = Path.Combine(Data, "digestbot.db") });
        var papers = db.GetCollection("papers");
        papers.Insert(Paper(Legacy("rss:seed", Grasp), "rss:seed", Grasp, revision: 1));
        papers.Insert(Paper(Legacy("rss:seed-copy", Grasp), "rss:seed-copy", Grasp, revision: 2));
        papers.Insert(Paper(Legacy("rss:gradient", GradientGuid), "rss:gradient", GradientGuid, revision: 3));
        papers.EnsureIndex("FirstSeen", "$.FirstSeen");
        papers.EnsureIndex("Revision", "$.Revision");
        db.GetCollection("paper_aliases").EnsureIndex("PaperId", "$.PaperId");
        var announcements = db.GetCollection("announcements");
        announcements.Insert(new BsonDocument { ["_id"] = Legacy("rss:seed-copy", Grasp), ["Source"] = "rss:seed-copy", ["QueuedAt"] = "2026-04-21T08:00:00.0000000Z" });
        announcements.EnsureIndex("QueuedAt", "$.QueuedAt");
        db.GetCollection("paper_tombstones").EnsureIndex("Revision", "$.Revision");
        db.UserVersion = 4;
    }

    private static BsonDocument Paper(string id, string source, string guid, long revision) => new()
    {
        ["_id"] = id,
        ["Version"] = 0,
        ["Title"] = guid == Grasp ? "Gradient-based Planning for World Models at Longer Horizons" : "Virtue Ethics and AI Alignment",
        ["Abstract"] = "A post.",
        ["Authors"] = new BsonArray(),
        ["Categories"] = new BsonArray(),
        ["Published"] = "2026-04-20T09:00:00.0000000Z",
        ["FirstSeen"] = "2026-04-21T08:00:00.0000000Z",
        ["Dois"] = new BsonArray(),
        ["Links"] = new BsonDocument { ["Abs"] = guid == Grasp ? Grasp : "https://thegradient.pub/virtue-ethics-ai-alignment/" },
        ["Sources"] = new BsonArray(new BsonDocument { ["Source"] = source, ["SourceId"] = guid, ["SeenAt"] = StorageSeen }),
        ["Revision"] = revision,
    };

    private static string StorageSeen => Seen.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
