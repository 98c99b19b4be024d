using DigestBot.Digests;
using DigestBot.Maintenance;
using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Storage;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.Maintenance;

/// <summary>
/// <c>Storage:KeepDeliveries</c> (30 days by default): sent deliveries and finished digests go after that, and a
/// re-listed paper is still never posted twice, whether it is still stored or retention removed it.
/// </summary>
public sealed class DeliveryRetentionTests : IDisposable
{
    private const ulong Channel = 7;
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly DigestsHarness _bot = new(Start);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Sent_deliveries_and_finished_digests_older_than_the_window_go_while_pending_and_recent_ones_stay()
    {
        _bot.Owe(Channel, "2603.00001");
        await Digest();
        _bot.Clock.Advance(TimeSpan.FromDays(20));
        _bot.Owe(Channel, "2603.00002");
        await Digest();
        _bot.Clock.Advance(TimeSpan.FromDays(15));
        _bot.Owe(Channel, "2603.00003");

        _bot.Get<RetentionService>().Prune();

        var outbox = _bot.Get<Outbox>();
        Assert.Null(outbox.DeliveryOf(Channel, "2603.00001")); // sent 35 days ago
        Assert.NotNull(outbox.DeliveryOf(Channel, "2603.00002")); // sent 15 days ago
        Assert.Equal(["2603.00003"], outbox.Pending(Channel).Select(d => d.PaperId)); // still owed
        Assert.Null(outbox.Find(DigestComposer.DigestId(Channel, 1)));
        Assert.NotNull(outbox.Find(DigestComposer.DigestId(Channel, 2)));
    }

    [Fact]
    public async Task Digest_numbers_keep_counting_after_old_digests_are_removed()
    {
        _bot.Owe(Channel, "2603.00001");
        await Digest();
        _bot.Owe(Channel, "2603.00002");
        await Digest();
        _bot.Clock.Advance(TimeSpan.FromDays(40));
        _bot.Get<RetentionService>().Prune();
        Assert.Null(_bot.Get<Outbox>().Find(DigestComposer.DigestId(Channel, 2)));

        _bot.Owe(Channel, "2603.00003");
        var third = Assert.Single(await Digest());

        Assert.Equal(DigestComposer.DigestId(Channel, 3), third.Id);
        Assert.Equal(3, _bot.Poster.Messages.Select(m => m.Nonce).Distinct().Count());
    }

    [Fact]
    public async Task A_relisted_paper_whose_old_delivery_is_gone_is_not_posted_again_while_the_paper_is_stored()
    {
        Watch("normalization");
        Ingest(Fresh("2603.00001"));
        await Digest();
        _bot.Clock.Advance(TimeSpan.FromDays(40));
        _bot.Get<RetentionService>().Prune();
        Assert.Null(_bot.Get<Outbox>().DeliveryOf(Channel, "2603.00001"));

        Ingest(Fresh("2603.00001")); // listed again, with a fresh announce date
        var again = await Digest();

        Assert.Empty(again);
        Assert.Single(_bot.Poster.Messages);
    }

    [Fact]
    public async Task A_delivery_whose_paper_retention_removed_is_kept_and_stops_a_relisting_from_being_posted()
    {
        using var bot = new DigestsHarness(Start, ("DigestBot:Storage:KeepPapersDays", "30"));
        bot.Get<WatchStore>().Add(0, Channel, "normalization", "norms", createdBy: 1);
        bot.Get<PaperIngestor>().Store([Fresh("2603.00001")], 0, announceNew: true);
        await bot.Get<DigestService>().RunAsync(Channel, CancellationToken.None);
        bot.Clock.Advance(TimeSpan.FromDays(400));

        bot.Get<RetentionService>().Prune();
        Assert.Null(bot.Get<PaperStore>().Find(PaperId.Parse("2603.00001")));
        Assert.NotNull(bot.Get<Outbox>().DeliveryOf(Channel, "2603.00001"));

        // Back as a new paper (a later cross-listing, say), fresh by its announce date: announced, matched, not owed.
        var counts = bot.Get<PaperIngestor>().Store([Fresh("2603.00001", bot.Clock.GetUtcNow())], 0, announceNew: true);
        Assert.Equal(1, counts.Announced);
        Assert.Empty(await bot.Get<DigestService>().RunAsync(Channel, CancellationToken.None));
        Assert.Single(bot.Poster.Messages);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void KeepDeliveries_below_a_day_is_refused_with_the_key_named(int days)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { KeepDeliveries = TimeSpan.FromDays(days) });

        Assert.True(result.Failed);
        Assert.Contains("DigestBot:Storage:KeepDeliveries ", result.FailureMessage, StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<DigestRecord>> Digest() => _bot.Get<DigestService>().RunAsync(Channel, CancellationToken.None);

    private void Watch(string query) => _bot.Get<WatchStore>().Add(0, Channel, query, "norms", createdBy: 1);

    private void Ingest(SourceItem item) => _bot.Get<PaperIngestor>().Store([item], 0, announceNew: true);

    private SourceItem Fresh(string id) => Fresh(id, _bot.Clock.GetUtcNow());

    private static SourceItem Fresh(string id, DateTimeOffset at) => new()
    {
        Paper = TestPapers.Arxiv(id, seen: at) with { Title = "Layer normalization, again", Published = at },
        AnnouncedAt = at,
    };
}
