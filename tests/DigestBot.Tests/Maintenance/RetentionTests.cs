using DigestBot.Digests;
using DigestBot.Maintenance;
using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Search;
using DigestBot.Storage;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Maintenance;

/// <summary><c>Storage:KeepPapers</c> (here set through its deprecated <c>KeepPapersDays</c>, which still works): which papers go, which stay, and the search index in step.</summary>
public sealed class RetentionTests : IDisposable
{
    // 30 days before this is 2025-01-30: the test papers (published 2024-12-12, seen 2024-12-16) are old.
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly DigestsHarness _bot = new(Now, ("DigestBot:Storage:KeepPapersDays", "30"));

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void Old_papers_go_unless_a_channel_is_still_owed_them_and_recent_ones_stay()
    {
        var store = _bot.Get<PaperStore>();
        store.UpsertBatch(
        [
            TestPapers.Arxiv("2412.00001"),
            TestPapers.Arxiv("2412.00003"),
            TestPapers.Arxiv("2412.00004", seen: Now.AddDays(-3)),
            TestPapers.Journal("10.1000/recent"),
            TestPapers.Arxiv("2412.00005") with { Dois = ["10.1000/old"] },
        ]);
        _bot.Owe(channel: 7, "2412.00002");
        Sent(channel: 7, "2412.00003");
        Assert.Equal(6, Search("title OR abstract").Count);

        var removed = _bot.Get<RetentionService>().Prune();

        // Gone: old and delivered (or never owed). Kept: owed to channel 7, first seen lately, published lately.
        Assert.Equal(3, removed);
        Assert.Null(store.Find(PaperId.Parse("2412.00001")));
        Assert.Null(store.Find(PaperId.Parse("2412.00003")));
        Assert.Null(store.Find(PaperId.Parse("2412.00005")));
        Assert.Null(store.Find(PaperId.Parse("10.1000/old")));
        Assert.NotNull(store.Find(PaperId.Parse("2412.00002")));
        Assert.NotNull(store.Find(PaperId.Parse("2412.00004")));
        Assert.NotNull(store.Find(PaperId.Parse("10.1000/recent")));
        Assert.Equal(["2412.00002", "2412.00004", "doi:10.1000/recent"], Search("title OR abstract").Order(StringComparer.Ordinal));
        Assert.Equal(0, _bot.Get<RetentionService>().Prune());
    }

    [Fact]
    public void Without_KeepPapers_every_paper_is_kept()
    {
        using var forever = new DigestsHarness(Now);
        forever.Get<PaperStore>().Upsert(TestPapers.Arxiv("2001.00001") with { Published = Now.AddYears(-25), FirstSeen = Now.AddYears(-25) });

        Assert.Equal(0, forever.Get<RetentionService>().Prune());
        Assert.Equal(1, forever.Get<PaperStore>().Count());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void KeepPapers_below_a_day_is_refused_with_the_key_named(int days)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { KeepPapers = TimeSpan.FromDays(days) });

        Assert.True(result.Failed);
        Assert.Contains("DigestBot:Storage:KeepPapers ", result.FailureMessage, StringComparison.Ordinal);
    }

    private void Sent(ulong channel, string paperId)
    {
        _bot.Get<PaperStore>().Upsert(TestPapers.Arxiv(paperId));
        _bot.Get<Database>().Collection<Delivery>(Outbox.DeliveriesCollection).Insert(new Delivery
        {
            Id = Delivery.KeyOf(channel, paperId),
            ChannelId = channel,
            PaperId = paperId,
            CreatedAt = Now.AddDays(-60),
            DigestId = "digest-1",
            SentAt = Now.AddDays(-60),
        });
    }

    private List<string> Search(string query) =>
        [.. _bot.Get<SearchService>().Search(new SearchRequest(SearchQuery.Parse(query)) { Limit = 100 }).Hits.Select(h => h.Id)];
}
