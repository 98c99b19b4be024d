using LiteDB;

namespace DigestBot.Maintenance;

/// <summary>
/// Compaction by copy: every collection's documents and index definitions, and the schema version, written into a
/// fresh file, which is then checked against the original. LiteDB's own <c>Rebuild</c> cannot be used: in 5.0.19–
/// 5.0.21 it fails on any collection with a secondary index and more than 2,550 documents ("Detected loop in
/// FindAll", litedb-org/LiteDB#2827) and closes the engine when it does.
/// </summary>
internal static class DatabaseCompaction
{
    private const int BatchSize = 5000;

    /// <summary>Writes a compacted copy of <paramref name="source"/> to <paramref name="target"/> (replaced if present).</summary>
    public static void CopyTo(LiteDatabase source, string target, IProgress<string> progress)
    {
        File.Delete(target);
        using var copy = new LiteDatabase(new ConnectionString { Filename = target, Connection = ConnectionType.Direct });
        var indexes = source.GetCollection("$indexes").FindAll().ToList();
        foreach (var name in source.GetCollectionNames().Order(StringComparer.Ordinal))
        {
            var from = source.GetCollection(name, BsonAutoId.ObjectId);
            var to = copy.GetCollection(name, BsonAutoId.ObjectId);
            var count = to.InsertBulk(from.FindAll(), BatchSize);
            foreach (var index in indexes.Where(i => i["collection"].AsString == name && i["name"].AsString != "_id"))
            {
                to.EnsureIndex(index["name"].AsString, BsonExpression.Create(index["expression"].AsString), index["unique"].AsBoolean);
            }

            if (count != from.Count())
            {
                throw new InvalidOperationException($"compaction copied {count} of {from.Count()} documents of {name}; the database is unchanged");
            }

            progress.Report($"compact: {name}: {count:N0} document{(count == 1 ? string.Empty : "s")}");
        }

        copy.UserVersion = source.UserVersion;
        copy.Checkpoint();
    }
}
