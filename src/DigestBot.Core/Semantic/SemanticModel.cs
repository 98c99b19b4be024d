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
                        Volatile.Write(ref _embedder, new TextEmbedder(Model, threads: 1));
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
    public void LoadInBackground()
    {
        if (IsLoaded || Volatile.Read(ref _unavailable) is not null)
        {
            return;
        }

        _ = Task.Run(() =>
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

    /// <summary>A question or a topic as the model is asked one (with the instruction it was trained with, if any).</summary>
    public float[] EmbedQuery(string text) => Embedder.EmbedQuery(text);

    public void Dispose() => _embedder?.Dispose();
}
