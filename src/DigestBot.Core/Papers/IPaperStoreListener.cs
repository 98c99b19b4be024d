namespace DigestBot.Papers;

/// <summary>
/// Told about each committed write of the <see cref="PaperStore"/> that changed papers, in commit order, before
/// the next write starts. Derived views (the search index) follow LiteDB this way; they must not throw, since the
/// write is already committed, and may read <paramref name="store"/> to catch up on anything they missed.
/// </summary>
public interface IPaperStoreListener
{
    void Committed(PaperStore store, StoredBatch batch);
}

/// <summary>
/// A listener that may work behind the writes during a bulk load (<see cref="PaperStore.BeginBulk"/>), on its own
/// thread, so the next batch is stored while the last one is processed; it has caught up when the scope is disposed.
/// </summary>
public interface IBulkPaperStoreListener : IPaperStoreListener
{
    IDisposable BeginBulk(PaperStore store);
}
