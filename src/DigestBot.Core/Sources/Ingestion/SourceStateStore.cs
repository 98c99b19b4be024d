using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Sources;

/// <summary>Per-source state in LiteDB: last attempt and success, last error, items seen, ETag and cursor.</summary>
public sealed class SourceStateStore(Database db)
{
    internal const string Collection = "source_state";

    private ILiteCollection<SourceState> States => db.Collection<SourceState>(Collection);

    public SourceState Get(string id) => States.FindById(id) ?? new SourceState { Id = id };

    public IReadOnlyList<SourceState> All() => [.. States.FindAll().OrderBy(s => s.Id, StringComparer.Ordinal)];

    public void Save(SourceState state) => States.Upsert(state);

    public void Delete(string id) => States.Delete(id);
}
