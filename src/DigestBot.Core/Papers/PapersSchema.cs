using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Papers;

/// <summary>Schema version 1: the papers and alias collections and the indexes their queries use.</summary>
internal sealed class PapersSchema : IMigration
{
    public int Version => 1;

    public string Description => "papers, paper aliases and the announcement queue";

    public void Apply(LiteDatabase database)
    {
        database.GetCollection(PaperStore.PapersCollection).EnsureIndex("FirstSeen", "$.FirstSeen");
        database.GetCollection(PaperStore.AliasesCollection).EnsureIndex("PaperId", "$.PaperId");
        database.GetCollection(PaperStore.AnnouncementsCollection).EnsureIndex("QueuedAt", "$.QueuedAt");
    }
}
