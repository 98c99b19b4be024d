namespace DigestBot.Papers;

/// <summary>
/// How many papers are stored: counted once (LiteDB counts by walking the whole key index, half a second at a million
/// papers) and then kept by every write, which knows what it inserted and deleted. The dashboard's overview and
/// <c>status</c> ask on every load.
/// </summary>
public sealed partial class PaperStore
{
    private const long CountUnknown = -1;

    // The committed count (CountUnknown until first asked); changed only under _write.
    private long _count = CountUnknown;

    // Under _write: papers the current write inserted minus those it deleted (zeroed as each write starts).
    private long _countChange;

    public int Count()
    {
        var known = Interlocked.Read(ref _count);
        if (known != CountUnknown)
        {
            return (int)known;
        }

        lock (_write)
        {
            if (_count == CountUnknown)
            {
                Interlocked.Exchange(ref _count, StoredPapers.Count());
            }

            return (int)_count;
        }
    }

    private void CountInserted(bool inserted = true) => _countChange += inserted ? 1 : 0;

    private void CountDeleted(bool deleted = true) => _countChange -= deleted ? 1 : 0;

    /// <summary>After a commit (under _write): the write's inserts and deletes join a count already taken.</summary>
    private void CommitCount()
    {
        if (_count != CountUnknown)
        {
            Interlocked.Add(ref _count, _countChange);
        }
    }
}
