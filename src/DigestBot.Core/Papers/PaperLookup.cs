using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Papers;

/// <summary>
/// A stored paper by any of its keys (its own or an alias). For readers the paper store tells of its writes (percolation,
/// through the watches' seeds): they cannot take the store itself, which takes them. The store finds papers this way too.
/// </summary>
public sealed class PaperLookup(Database db)
{
    /// <summary>The paper stored under any of its keys, or null. <paramref name="id"/>'s version is ignored.</summary>
    public Paper? Find(PaperId id)
    {
        var key = id.Key;
        var papers = db.Collection<Paper>(PaperStore.PapersCollection);
        return papers.FindById(key) ?? (db.Collection<PaperAlias>(PaperStore.AliasesCollection).FindById(key) is { } alias ? papers.FindById(alias.PaperId) : null);
    }
}
