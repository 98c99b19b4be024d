using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Storage;
using DigestBot.Tests.Support;
using DigestBot.Watches;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Tests.Digests;

/// <summary>
/// Percolation runs on the thread that stored a batch and on the thread about to compose a digest, at once. Two
/// percolations of the same papers deliver each paper once, and a paper matched again while its digest is being
/// stored stays in that digest (it is not owed a second time); a channel's row changed by a command and by a digest
/// run at once keeps both changes. Each round starts both threads together; the races these guard against showed
/// within a few rounds.
/// </summary>
public sealed class PercolationRaceTests : IDisposable
{
    private const ulong Channel = 500;
    private const int Rounds = 40;
    private readonly TempDirectory _temp = new();
    private readonly ServiceProvider _services;
    private readonly PaperStore _store;
    private readonly Percolator _percolator;
    private readonly LiteDatabase _db;

    public PercolationRaceTests()
    {
        _services = TestApp.Services(new Dictionary<string, string?> { ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data") })
            .BuildWithStorage();
        _services.GetRequiredService<WatchStore>().Add(7, Channel, "cat:cs.LG", null, 1);
        _store = _services.GetRequiredService<PaperStore>();
        _percolator = _services.GetRequiredService<Percolator>();
        _db = _services.GetRequiredService<Database>().Lite;
    }

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void Two_percolations_at_once_deliver_each_paper_once_and_neither_fails()
    {
        _store.UpsertBatch([.. Enumerable.Range(1, 20).Select(i => TestPapers.Arxiv($"2611.{i:D5}"))], (_, _) => true);

        for (var round = 0; round < Rounds; round++)
        {
            // As both find them: matched by nobody yet, owed to nobody yet.
            _db.GetCollection(Outbox.DeliveriesCollection).DeleteAll();
            Unpercolate();

            var added = new int[2];
            AtOnce(() => added[0] = _percolator.PercolatePending(_store), () => added[1] = _percolator.PercolatePending(_store));

            Assert.Equal(20, added.Sum());
            Assert.Equal(20, _db.GetCollection(Outbox.DeliveriesCollection).Count());
        }
    }

    [Fact]
    public void A_paper_matched_again_while_its_digest_is_stored_stays_in_that_digest()
    {
        _store.UpsertBatch([.. Enumerable.Range(1, 20).Select(i => TestPapers.Arxiv($"2611.{i:D5}"))], (_, _) => true);
        var outbox = _services.GetRequiredService<Outbox>();
        var composer = _services.GetRequiredService<DigestComposer>();

        for (var round = 0; round < Rounds; round++)
        {
            // Every delivery owed again, and every paper announced again (a new version, say) but not yet matched.
            var deliveries = _services.GetRequiredService<Database>().Collection<Delivery>(Outbox.DeliveriesCollection);
            foreach (var delivery in deliveries.FindAll().ToList())
            {
                deliveries.Update(delivery with { DigestId = null });
            }

            Unpercolate();
            var digest = composer.Compose(Channel, outbox.Pending(Channel), TestPapers.Monday, null);

            AtOnce(() => _percolator.PercolatePending(_store), () => outbox.Create(digest));

            Assert.Equal(20, digest.Chunks.Sum(c => c.DeliveryIds.Count));
            Assert.Empty(outbox.Pending(Channel));
            Assert.All(deliveries.FindAll(), d => Assert.Equal(digest.Id, d.DigestId));
        }
    }

    [Fact]
    public void Changes_to_a_channel_from_a_command_and_a_digest_run_at_once_are_both_kept()
    {
        var channels = _services.GetRequiredService<ChannelStore>();

        // As a digest run records its failures while someone pauses and resumes the channel: each reads the row
        // and writes it whole.
        AtOnce(
            () => Repeat(() => channels.Update(Channel, c => c with { ConsecutiveFailures = c.ConsecutiveFailures + 1 })),
            () => Repeat(() => channels.Update(Channel, c => c with { Paused = !c.Paused, Schedule = c.Paused ? "daily 09:00" : "instant" })));

        var row = channels.Get(Channel);
        Assert.Equal(Rounds * 10, row.ConsecutiveFailures);
        Assert.False(row.Paused); // toggled an even number of times
        Assert.Equal("daily 09:00", row.Schedule);
    }

    private static void Repeat(Action change)
    {
        for (var i = 0; i < Rounds * 10; i++)
        {
            change();
        }
    }

    private void Unpercolate()
    {
        var announcements = _db.GetCollection(PaperStore.AnnouncementsCollection);
        foreach (var announcement in announcements.FindAll().ToList())
        {
            announcement["PercolatedAt"] = BsonValue.Null;
            announcements.Update(announcement);
        }
    }

    /// <summary>Runs both on threads of their own, started together; rethrows what either threw.</summary>
    private static void AtOnce(Action first, Action second)
    {
        using var start = new Barrier(2);
        var failures = new Exception?[2];
        var threads = new[] { first, second }.Select((work, i) => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                work();
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.All(failures, Assert.Null);
    }
}
