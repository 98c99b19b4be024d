using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Storage;
using DigestBot.Tests.Support;
using DigestBot.Watches;
using Microsoft.Extensions.DependencyInjection;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace DigestBot.Tests.Digests;

/// <summary>
/// The line each percolation logs reads as English: one paper, one delivery, one channel in the singular; and two
/// percolations at once (a batch just stored, a digest about to run) deliver each paper once.
/// </summary>
public sealed class PercolationLogTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly LogLines _log = new();
    private readonly ServiceProvider _services;

    public PercolationLogTests()
    {
        _services = TestApp.Services(new Dictionary<string, string?> { ["DigestBot:Storage:DataDirectory"] = _temp.Combine("data") })
            .AddLogging(b => b.AddProvider(_log))
            .BuildWithStorage();
    }

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void One_paper_to_one_channel_is_logged_in_the_singular_and_more_in_the_plural()
    {
        var watches = _services.GetRequiredService<WatchStore>();
        watches.Add(7, 500, "cat:cs.LG", null, 1);
        Percolate("2611.00001");
        watches.Add(7, 501, "cat:cs.AI", null, 1);
        Percolate("2611.00002", "2611.00003");

        Assert.Equal(
            ["Percolated 1 paper: 1 delivery to 1 channel", "Percolated 2 papers: 4 deliveries to 2 channels"],
            _log.Lines.Where(l => l.Message.StartsWith("Percolated ", StringComparison.Ordinal)).Select(l => l.Message));
    }

    [Fact]
    public void Two_percolations_at_once_deliver_each_paper_once_and_neither_fails()
    {
        _services.GetRequiredService<WatchStore>().Add(7, 500, "cat:cs.LG", null, 1);
        var store = _services.GetRequiredService<PaperStore>();
        var percolator = _services.GetRequiredService<Percolator>();
        var db = _services.GetRequiredService<Database>().Lite;
        store.UpsertBatch([.. Enumerable.Range(1, 20).Select(i => TestPapers.Arxiv($"2611.{i:D5}"))], (_, _) => true);

        for (var round = 0; round < 40; round++)
        {
            // As both find them: matched by nobody yet, owed to nobody yet.
            db.GetCollection(Outbox.DeliveriesCollection).DeleteAll();
            var announcements = db.GetCollection(PaperStore.AnnouncementsCollection);
            foreach (var announcement in announcements.FindAll().ToList())
            {
                announcement["PercolatedAt"] = BsonValue.Null;
                announcements.Update(announcement);
            }

            using var start = new Barrier(2);
            var added = new int[2];
            var failures = new Exception?[2];
            var threads = Enumerable.Range(0, 2).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    added[i] = percolator.PercolatePending(store);
                }
                catch (Exception e)
                {
                    failures[i] = e;
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.All(failures, Assert.Null);
            Assert.Equal(20, added.Sum());
            Assert.Equal(20, db.GetCollection(Outbox.DeliveriesCollection).Count());
        }
    }

    private void Percolate(params string[] ids)
    {
        var store = _services.GetRequiredService<PaperStore>();
        store.UpsertBatch([.. ids.Select(id => TestPapers.Arxiv(id))], (_, _) => true);
        _services.GetRequiredService<Percolator>().PercolatePending(store);
    }
}
