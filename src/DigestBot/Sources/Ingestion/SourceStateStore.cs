using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Sources;

/// <summary>Per-source state in LiteDB: last attempt and success, last error, items seen, ETag and cursor.</summary>
public sealed class SourceStateStore(Database db)
{
    internal const string Collection = "source_state";

    private readonly ILiteCollection<SourceState> _states = db.Collection<SourceState>(Collection);

    public SourceState Get(string id) => _states.FindById(id) ?? new SourceState { Id = id };

    public IReadOnlyList<SourceState> All() => [.. _states.FindAll().OrderBy(s => s.Id, StringComparer.Ordinal)];

    public void Save(SourceState state) => _states.Upsert(state);

    public void Delete(string id) => _states.Delete(id);
}
