using System.Text;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace DigestBot.Semantic;

/// <summary>
/// Turns text into unit vectors with an <see cref="EmbeddingModel"/> in-process (ONNX Runtime, no network). Texts are
/// cut to <see cref="MaxTokens"/> WordPiece tokens and run in batches of similar length, so little of a batch is
/// padding. Thread-safe; <paramref name="threads"/> is how many cores one batch may use.
/// </summary>
public sealed class TextEmbedder : IDisposable
{
    /// <summary>A title and the opening of its abstract: where papers say what they are about (measured: see docs/performance.md).</summary>
    public const int DefaultMaxTokens = 128;

    public const int BatchSize = 16;

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer = new();
    private readonly Lock _tokenizing = new();
    private long _embedded;

    public TextEmbedder(EmbeddingModel model, int threads, int maxTokens = DefaultMaxTokens)
    {
        Model = model;
        MaxTokens = maxTokens;
        using (var reader = new StreamReader(ModelFile.Path(model, "vocab.txt"), Encoding.UTF8))
        {
            _tokenizer.LoadVocabulary(reader, convertInputToLowercase: true);
        }

        using var options = new SessionOptions
        {
            IntraOpNumThreads = Math.Max(1, threads),
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };

        // Idle worker threads sleep instead of spinning: the cores belong to ingest and search between batches.
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        // From its path: handing the model over as bytes read first cost about 0.3 s and 90 MB more (docs/performance.md).
        _session = new InferenceSession(ModelFile.Path(model, "model.onnx"), options);
    }

    public EmbeddingModel Model { get; }

    public int MaxTokens { get; }

    /// <summary>How many texts this embedder has embedded (documents and questions).</summary>
    public long Embedded => Interlocked.Read(ref _embedded);

    /// <summary>One unit vector per document text, in order.</summary>
    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var tokens = new (long[] Ids, int Count)[texts.Count];
        lock (_tokenizing)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                var ids = new long[MaxTokens];
                tokens[i] = (ids, _tokenizer.Encode(texts[i], ids, new long[MaxTokens]));
            }
        }

        var vectors = new float[texts.Count][];
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => tokens[i].Count).ToArray();
        foreach (var batch in order.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var embedded = Run([.. batch.Select(i => tokens[i])], cancellationToken);
            for (var j = 0; j < batch.Length; j++)
            {
                vectors[batch[j]] = embedded[j];
            }
        }

        Interlocked.Add(ref _embedded, texts.Count);
        return vectors;
    }

    /// <summary>A question as the model is asked one (with its instruction, if it has one).</summary>
    public float[] EmbedQuery(string question) => Embed([Model.QueryPrefix + question])[0];

    public void Dispose() => _session.Dispose();

    private float[][] Run((long[] Ids, int Count)[] batch, CancellationToken cancellationToken)
    {
        var length = batch.Max(b => b.Count);
        var ids = new long[batch.Length * length];
        var mask = new long[batch.Length * length];
        for (var s = 0; s < batch.Length; s++)
        {
            Array.Copy(batch[s].Ids, 0, ids, s * length, batch[s].Count);
            mask.AsSpan(s * length, batch[s].Count).Fill(1);
        }

        int[] shape = [batch.Length, length];
        var inputs = new[]
        {
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(new long[ids.Length], shape)),
        };
        // A cancelled run stops inside ONNX Runtime too (a stopping bot does not wait out a batch).
        using var options = new RunOptions();
        using var stop = cancellationToken.Register(() => options.Terminate = true);
        IDisposableReadOnlyCollection<DisposableNamedOnnxValue> outputs;
        try
        {
            outputs = _session.Run(inputs, ["last_hidden_state"], options);
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }

        using var _ = outputs;
        var states = ((DenseTensor<float>)outputs[0].Value).Buffer.Span;
        var dimensions = EmbeddingModel.Dimensions;
        var vectors = new float[batch.Length][];
        for (var s = 0; s < batch.Length; s++)
        {
            var vector = new float[dimensions];
            var tokens = Model.Pooling == Pooling.Cls ? 1 : batch[s].Count;
            for (var t = 0; t < tokens; t++)
            {
                var state = states.Slice(((s * length) + t) * dimensions, dimensions);
                for (var k = 0; k < dimensions; k++)
                {
                    vector[k] += state[k];
                }
            }

            vectors[s] = Vectors.Normalize(vector);
        }

        return vectors;
    }
}
