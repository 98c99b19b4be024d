using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Papers;

/// <summary>Schema version 2: an index on <see cref="Paper.Revision"/>, so derived indexes find what changed since.</summary>
internal sealed class PaperRevisionsSchema : IMigration
{
    public int Version => 2;

    public string Description => "paper revisions for derived indexes";

    public void Apply(LiteDatabase database) =>
        database.GetCollection(PaperStore.PapersCollection).EnsureIndex("Revision", "$.Revision");
}
