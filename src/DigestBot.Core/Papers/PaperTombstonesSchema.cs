using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Papers;

/// <summary>Schema version 4: tombstones of removed papers, found by revision when a derived index catches up.</summary>
internal sealed class PaperTombstonesSchema : IMigration
{
    public int Version => 4;

    public string Description => "tombstones of papers removed by retention";

    public void Apply(LiteDatabase database) =>
        database.GetCollection(PaperStore.TombstonesCollection).EnsureIndex("Revision", "$.Revision");
}
