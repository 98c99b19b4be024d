using DigestBot.Digests;
using DigestBot.Storage;
using DigestBot.Tests.Support;
using LiteDB;

namespace DigestBot.Tests.Digests;

/// <summary>
/// A channel's pending deliveries are found through their own index: each channel counts only its own, and a delivery
/// stops counting once a digest carries it (the index follows the record), also for deliveries pending at an upgrade.
/// </summary>
public sealed class PendingDeliveriesTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly DigestsHarness _bot = new(Start);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Each_channel_counts_its_own_pending_papers_until_a_digest_carries_them()
    {
        _bot.Owe(7, "2603.00001", "2603.00002");
        _bot.Owe(8, "2603.00001", "2603.00003", "2603.00004");
        var outbox = _bot.Get<Outbox>();
        Assert.Equal(new Dictionary<ulong, int> { [7] = 2, [8] = 3 }, outbox.PendingCounts());

        await _bot.Get<DigestService>().RunAsync(7, CancellationToken.None);
        _bot.Owe(7, "2603.00005");

        Assert.Equal(["2603.00005"], outbox.Pending(7).Select(d => d.PaperId));
        Assert.Equal(1, outbox.PendingCount(7));
        Assert.Equal(["2603.00001", "2603.00003", "2603.00004"], outbox.Pending(8).Select(d => d.PaperId));
        Assert.Equal(new Dictionary<ulong, int> { [7] = 1, [8] = 3 }, outbox.PendingCounts());
        Assert.Equal(0, outbox.PendingCount(9));
    }

    [Fact]
    public void Deliveries_pending_when_the_index_arrives_are_found_by_it()
    {
        _bot.Owe(7, "2603.00001", "2603.00002");
        var lite = _bot.Get<Database>().Lite;
        var deliveries = lite.GetCollection(Outbox.DeliveriesCollection);

        // As schema 8 stored them: no PendingChannel field, no index on it.
        deliveries.DropIndex(nameof(Delivery.PendingChannel));
        foreach (var delivery in deliveries.FindAll().ToList())
        {
            delivery.Remove(nameof(Delivery.PendingChannel));
            deliveries.Update(delivery);
        }

        Assert.Equal(0, _bot.Get<Outbox>().PendingCount(7));

        new PendingDeliveriesSchema().Apply(lite);

        Assert.Equal(2, _bot.Get<Outbox>().PendingCount(7));
        Assert.Contains(lite.GetCollection("$indexes").FindAll(), i => i["collection"] == Outbox.DeliveriesCollection && i["name"] == nameof(Delivery.PendingChannel));
    }
}
