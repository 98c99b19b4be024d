using DigestBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Semantic;

/// <summary>
/// The paper vectors: held in memory (<see cref="VectorSet"/>), kept on disk beside the store (<see cref="VectorFile"/>),
/// made by <see cref="SemanticModel"/>. A vector file of another format or model is started
/// afresh, and the papers are embedded again in the background, as a missing Lucene index is rebuilt from the store.
/// </summary>
public sealed class SemanticIndex(DataDirectory data, SemanticModel model, IOptions<SemanticOptions> options, ILogger<SemanticIndex> logger) : IDisposable
{
    // A file with this many more records than vectors (replaced or removed ones) is rewritten when opened.
    private const int CompactBeyond = 10_000;

    private readonly VectorSet _vectors = new();
    private readonly Lock _open = new();
    private readonly Lock _write = new();
    private readonly List<string> _forgotten = [];
    private VectorFile? _file;

    public bool Enabled => options.Value.Enabled;

    /// <summary>Whether the vectors have been read from disk (reading them is the first use's work).</summary>
    public bool IsOpen => Volatile.Read(ref _file) is not null;

    /// <summary>
    /// Whether the vectors on disk (not read yet) hold any paper's: a process's first search loads the model while the
    /// vectors are read only when there are vectors to search.
    /// </summary>
    public bool MayHaveVectors => IsOpen ? _vectors.Count > 0 : VectorFile.HoldsRecords(FilePath, model.Model.Name);

    private string FilePath => Path.Combine(data.Combine(VectorFile.DirectoryName), VectorFile.FileName);

    /// <summary>How many papers have a vector.</summary>
    public int Count => Opened()._vectors.Count;

    /// <summary>Memory the vectors take.</summary>
    public long Bytes => Opened()._vectors.Bytes;

    public StoredVector? Get(string key) => Opened()._vectors.Get(key);

    /// <summary>Keeps vectors (new ones, or a new revision of unchanged text): on disk first, then in memory, so a search never finds one a crash would lose.</summary>
    public void Store(IReadOnlyList<StoredVector> vectors)
    {
        Opened();
        lock (_write)
        {
            _file!.Append(vectors);
            _vectors.Put(vectors);
        }
    }

    /// <summary>
    /// Drops the vectors of removed or re-keyed papers. Before the vectors are read (a store write must not wait for
    /// that), the keys are kept and dropped when they are.
    /// </summary>
    public void Forget(IReadOnlyList<string> keys)
    {
        lock (_open)
        {
            if (_file is null)
            {
                _forgotten.AddRange(keys);
                return;
            }
        }

        lock (_write)
        {
            var held = keys.Where(k => _vectors.Get(k) is not null).ToList();
            if (held.Count > 0)
            {
                _file!.AppendRemoved(held);
                _vectors.Remove(held);
            }
        }
    }

    /// <summary>
    /// The <paramref name="k"/> papers closest to <paramref name="query"/> (dated at or after <paramref name="since"/> and
    /// before <paramref name="until"/>), and how many reach <paramref name="floor"/>.
    /// </summary>
    public (IReadOnlyList<VectorHit> Hits, int AtLeastFloor) Search(
        float[] query, int k, DateTimeOffset? since = null, string? exclude = null, float floor = 1f, DateTimeOffset? until = null) =>
        Opened()._vectors.Search(query, k, since?.ToUnixTimeSeconds(), exclude, floor, until?.ToUnixTimeSeconds());

    /// <summary>Every key with a vector (for the start-up scan's check against the store).</summary>
    internal IReadOnlyList<string> Keys()
    {
        var keys = new List<string>(Count);
        _vectors.ForEach(v => keys.Add(v.Key));
        return keys;
    }

    public void Dispose()
    {
        _file?.Dispose();
        _vectors.Dispose();
    }

    private SemanticIndex Opened()
    {
        if (IsOpen)
        {
            return this;
        }

        lock (_open)
        {
            if (_file is null)
            {
                var path = FilePath;
                var (file, restarted, records) = VectorFile.Open(path, model.Model.Name, _vectors);
                if (restarted is not null)
                {
                    logger.LogWarning("Paper vectors start afresh: {Reason}; papers are embedded again in the background", restarted);
                }

                if (records > _vectors.Count + CompactBeyond)
                {
                    file.Dispose();
                    file = VectorFile.Rewrite(path, model.Model.Name, _vectors);
                    logger.LogInformation("Rewrote the vector file: {Records} records held {Count} vectors", records, _vectors.Count);
                }

                if (_forgotten.Count > 0)
                {
                    file.AppendRemoved(_forgotten.Where(k => _vectors.Get(k) is not null));
                    _vectors.Remove(_forgotten);
                    _forgotten.Clear();
                }

                logger.LogDebug("Read {Records} vector records: {Count} papers have vectors", records, _vectors.Count);
                Volatile.Write(ref _file, file);
            }
        }

        return this;
    }
}
