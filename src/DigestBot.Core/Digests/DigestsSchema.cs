using DigestBot.Storage;
using DigestBot.Watches;
using LiteDB;

namespace DigestBot.Digests;

/// <summary>Schema step: watches, channels, the delivery outbox and stored digests, with the indexes their queries use.</summary>
internal sealed class DigestsSchema : IMigration
{
    public int Version => 3;

    public string Description => "watches, channels, deliveries and digests";

    public void Apply(LiteDatabase database)
    {
        database.GetCollection(WatchStore.Collection).EnsureIndex("ChannelId", "$.ChannelId");
        database.GetCollection(Outbox.DeliveriesCollection).EnsureIndex("ChannelId", "$.ChannelId");
        database.GetCollection(Outbox.DeliveriesCollection).EnsureIndex("DigestId", "$.DigestId");
        database.GetCollection(Outbox.DigestsCollection).EnsureIndex("ChannelId", "$.ChannelId");
    }
}
