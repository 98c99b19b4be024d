using Microsoft.Extensions.Logging;

namespace DigestBot.Semantic;

/// <summary>
/// The embedding model of this process, loaded on first use (a bot loads it when it first has something to embed or
/// a question to ask; a command that needs no vectors never loads it). A model that cannot be loaded is said once, in
/// the log and as the one line each use fails with.
/// </summary>
public sealed class SemanticModel(ILogger<SemanticModel> logger) : IDisposable
{
    private readonly Lock _gate = new();
    private TextEmbedder? _embedder;
    private string? _unavailable;
    private Task? _loading;
    private bool _disposed;

    /// <summary>Set by the benchmarks to compare models; the app runs <see cref="EmbeddingModel.Default"/>.</summary>
    public EmbeddingModel Model { get; init; } = EmbeddingModel.Default;

    public bool IsLoaded => Volatile.Read(ref _embedder) is not null;

    public TextEmbedder Embedder
    {
        get
        {
            if (Volatile.Read(ref _embedder) is { } loaded)
            {
                return loaded;
            }

            lock (_gate)
            {
                if (_embedder is null && _unavailable is null)
                {
                    try
                    {
                        var started = System.Diagnostics.Stopwatch.GetTimestamp();
                        Volatile.Write(ref _embedder, new TextEmbedder(Model, threads: 1));
                        logger.LogDebug("Loaded the embedding model {Model} in {Milliseconds:N0} ms", Model.Name, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
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

    /// <summary>
    /// Starts loading the model on another thread when it is not loaded yet, so a caller that will need it can read the
    /// vectors meanwhile (a one-shot command pays both at once instead of one after the other). A model that cannot
    /// load is said when it is used, as always.
    /// </summary>
    /// <remarks>
    /// The load is waited for at <see cref="Dispose"/>: a process that ends while the model is half loaded in native
    /// code can crash on its way out (a one-shot <c>search</c> that answered by keywords alone did, exit code 139).
    /// </remarks>
    public void LoadInBackground()
    {
        lock (_gate)
        {
            if (_disposed || _loading is not null || _embedder is not null || _unavailable is not null)
            {
                return;
            }

            _loading = Task.Run(() =>
            {
                try
                {
                    _ = Embedder;
                }
                catch (SemanticUnavailableException)
                {
                    // Logged by Embedder; the search that needs it says why.
                }
            });
        }
    }

    /// <summary>A question or a topic as the model is asked one (with the instruction it was trained with, if any).</summary>
    public float[] EmbedQuery(string text) => Embedder.EmbedQuery(text);

    public void Dispose()
    {
        Task? loading;
        lock (_gate)
        {
            _disposed = true;
            loading = _loading;
        }

        loading?.Wait();
        lock (_gate)
        {
            _embedder?.Dispose();
            _embedder = null;
            _unavailable ??= "the embedding model was unloaded: the app is stopping";
        }
    }
}
