using DigestBot.Papers;
using DigestBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Semantic;

/// <summary>
/// The paper vectors: held in memory (<see cref="VectorSet"/>), kept on disk beside the store (<see cref="VectorFile"/>),
/// made by the embedding model, which is loaded on first need. A vector file of another format or model is started
/// afresh, and the papers are embedded again in the background, as a missing Lucene index is rebuilt from the store.
/// </summary>
public sealed class SemanticIndex(DataDirectory data, IOptions<SemanticOptions> options, ILogger<SemanticIndex> logger) : IDisposable
{
    private readonly VectorSet _vectors = new();
    private readonly Lock _open = new();
    private readonly Lock _write = new();
    private VectorFile? _file;
    private TextEmbedder? _embedder;
    private string? _unavailable;

    /// <summary>Set by the benchmarks to compare models; the app runs <see cref="EmbeddingModel.Default"/>.</summary>
    public EmbeddingModel Model { get; init; } = EmbeddingModel.Default;

    public bool Enabled => options.Value.Enabled;

    /// <summary>How many papers have a vector.</summary>
    public int Count => Opened()._vectors.Count;

    /// <summary>Memory the vectors take.</summary>
    public long Bytes => Opened()._vectors.Bytes;

    /// <summary>The embedding model, loaded on first use; fails with one line when it cannot be loaded.</summary>
    public TextEmbedder Embedder
    {
        get
        {
            lock (_open)
            {
                if (_embedder is null && _unavailable is null)
                {
                    try
                    {
                        _embedder = new TextEmbedder(Model, threads: 1);
                    }
                    catch (Exception e) when (e is IOException or InvalidDataException or BadImageFormatException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
                    {
                        _unavailable = $"the embedding model could not be loaded: {e.Message}";
                        logger.LogError("Semantic search is unavailable: {Reason}", _unavailable);
                    }
                }

                return _embedder ?? throw new SemanticUnavailableException(_unavailable!);
            }
        }
    }

    public StoredVector? Get(string key) => Opened()._vectors.Get(key);

    /// <summary>Keeps new vectors: on disk first, then in memory, so a search never finds one a crash would lose.</summary>
    public void Store(IReadOnlyList<StoredVector> vectors)
    {
        lock (_write)
        {
            Opened()._file!.Append(vectors);
            _vectors.Put(vectors);
        }
    }

    /// <summary>A new revision of unchanged text: remembered in memory only (after a restart it is checked again, not embedded).</summary>
    public void Touch(StoredVector vector) => _vectors.Put([vector]);

    public void Remove(IReadOnlyList<string> keys)
    {
        Opened();
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

    /// <summary>The vector of a paper, embedded now (and kept) when it has none or its text changed.</summary>
    public StoredVector VectorOf(Paper paper)
    {
        var text = PaperText.For(paper);
        var hash = PaperText.Hash(text);
        if (Get(paper.Id) is { } held && held.TextHash == hash)
        {
            return held;
        }

        var vector = StoredVector.From(paper.Id, paper.Revision, hash, PaperText.Published(paper), Embedder.Embed([text])[0]);
        Store([vector]);
        return vector;
    }

    public (IReadOnlyList<VectorHit> Hits, int AtLeastFloor) Search(float[] query, int k, DateTimeOffset? since = null, string? exclude = null, float floor = 1f) =>
        Opened()._vectors.Search(query, k, since?.ToUnixTimeSeconds(), exclude, floor);

    public void Dispose()
    {
        _file?.Dispose();
        _embedder?.Dispose();
    }

    private SemanticIndex Opened()
    {
        if (Volatile.Read(ref _file) is not null)
        {
            return this;
        }

        lock (_open)
        {
            if (_file is null)
            {
                var path = Path.Combine(data.Combine(VectorFile.DirectoryName), VectorFile.FileName);
                var (file, restarted, records) = VectorFile.Open(path, Model.Name, _vectors);
                if (restarted is not null)
                {
                    logger.LogWarning("Paper vectors start afresh: {Reason}; papers are embedded again in the background", restarted);
                }

                logger.LogDebug("Read {Records} vector records: {Count} papers have vectors", records, _vectors.Count);
                Volatile.Write(ref _file, file);
            }
        }

        return this;
    }
}
