using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Digests;

/// <summary>
/// Schema version 9: pending deliveries indexed by their channel (<see cref="Delivery.PendingChannel"/>), so a digest
/// run or a page reads one channel's pending papers alone. Deliveries pending at the upgrade get the field here.
/// </summary>
internal sealed class PendingDeliveriesSchema : IMigration
{
    public int Version => 9;

    public string Description => "pending deliveries found by channel";

    public void Apply(LiteDatabase database)
    {
        var deliveries = database.GetCollection(Outbox.DeliveriesCollection);
        foreach (var delivery in deliveries.Find(Query.EQ("DigestId", BsonValue.Null)).ToList())
        {
            delivery[nameof(Delivery.PendingChannel)] = delivery["ChannelId"];
            deliveries.Update(delivery);
        }

        deliveries.EnsureIndex(nameof(Delivery.PendingChannel), "$." + nameof(Delivery.PendingChannel));
    }
}
