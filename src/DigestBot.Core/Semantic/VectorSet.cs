namespace DigestBot.Semantic;

/// <summary>
/// Every paper vector in memory, 8-bit, in blocks of <see cref="BlockSize"/> slots (growing never copies what is
/// there), each code kept as two four-bit halves (<see cref="Vectors.Pack"/>: the same 384 bytes a vector), searched
/// exactly: each query is compared with every vector, on every core for large sets, and a large set is first read by
/// its coarse halves alone (see <see cref="Search"/>). A reader-writer lock lets searches run together while a batch
/// of new vectors waits for them.
/// </summary>
internal sealed partial class VectorSet : IDisposable
{
    public const int BlockSize = 1 << 16;
    private const int Dimensions = EmbeddingModel.Dimensions;

    // Below this many vectors a search is faster on one thread than split across cores.
    private const int ParallelFrom = 50_000;

    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly Stack<int> _free = new();
    private readonly List<byte[]> _coarse = [];
    private readonly List<byte[]> _fine = [];
    private readonly List<float[]> _scales = [];
    private readonly List<long[]> _published = [];
    private readonly List<string?[]> _keys = [];
    private readonly List<long[]> _revisions = [];
    private readonly List<long[]> _hashes = [];
    private int _used;

    // The largest scale any vector was stored with (never lowered): bounds every vector's margin in a two-pass search.
    private float _widestScale;

    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _slots.Count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>Bytes the vectors take with their scale, date, revision and hash (not the key strings).</summary>
    public void Dispose() => _lock.Dispose();

    public long Bytes => (long)_coarse.Count * BlockSize * (Dimensions + sizeof(float) + (3 * sizeof(long)) + IntPtr.Size);

    public StoredVector? Get(string key)
    {
        _lock.EnterReadLock();
        try
        {
            if (!_slots.TryGetValue(key, out var slot))
            {
                return null;
            }

            return At(slot);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public void Put(IEnumerable<StoredVector> vectors)
    {
        _lock.EnterWriteLock();
        try
        {
            foreach (var vector in vectors)
            {
                if (!_slots.TryGetValue(vector.Key, out var slot))
                {
                    slot = _free.Count > 0 ? _free.Pop() : Grow();
                    _slots[vector.Key] = slot;
                }

                var (block, at) = (slot / BlockSize, slot % BlockSize);
                Vectors.Pack(vector.Codes, _coarse[block].AsSpan(at * Vectors.Half, Vectors.Half), _fine[block].AsSpan(at * Vectors.Half, Vectors.Half));
                _scales[block][at] = vector.Scale;
                _widestScale = Math.Max(_widestScale, vector.Scale);
                _published[block][at] = vector.Published;
                _keys[block][at] = vector.Key;
                _revisions[block][at] = vector.Revision;
                _hashes[block][at] = vector.TextHash;
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Calls <paramref name="each"/> with every vector, under the read lock (searches go on; writes wait).</summary>
    public void ForEach(Action<StoredVector> each)
    {
        _lock.EnterReadLock();
        try
        {
            foreach (var slot in _slots.Values)
            {
                each(At(slot));
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public void Remove(IEnumerable<string> keys)
    {
        _lock.EnterWriteLock();
        try
        {
            foreach (var key in keys)
            {
                if (_slots.Remove(key, out var slot))
                {
                    // A free slot is skipped: its scale is 0 and it has no key.
                    _scales[slot / BlockSize][slot % BlockSize] = 0;
                    _keys[slot / BlockSize][slot % BlockSize] = null;
                    _free.Push(slot);
                }
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private StoredVector At(int slot)
    {
        var (block, at) = (slot / BlockSize, slot % BlockSize);
        var codes = new sbyte[Dimensions];
        Vectors.Unpack(_coarse[block].AsSpan(at * Vectors.Half, Vectors.Half), _fine[block].AsSpan(at * Vectors.Half, Vectors.Half), codes);
        return new StoredVector(_keys[block][at]!, _revisions[block][at], _hashes[block][at], _published[block][at], _scales[block][at], codes);
    }

    private int Grow()
    {
        if (_used == _coarse.Count * BlockSize)
        {
            _coarse.Add(new byte[BlockSize * Vectors.Half]);
            _fine.Add(new byte[BlockSize * Vectors.Half]);
            _scales.Add(new float[BlockSize]);
            _published.Add(new long[BlockSize]);
            _keys.Add(new string?[BlockSize]);
            _revisions.Add(new long[BlockSize]);
            _hashes.Add(new long[BlockSize]);
        }

        return _used++;
    }
}
