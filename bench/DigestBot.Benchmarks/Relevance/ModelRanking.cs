using DigestBot.Semantic;

namespace DigestBot.Benchmarks.Relevance;

/// <summary>
/// A collection's documents embedded by one model (title and text, cut as the app cuts them) and its questions asked
/// of them: each question's documents ranked by cosine similarity, exactly (float vectors), best first.
/// </summary>
internal sealed class ModelRanking
{
    private readonly float[][] _documents;
    private readonly IReadOnlyList<RelevanceDocument> _ids;

    private ModelRanking(EmbeddingModel model, int maxTokens, IReadOnlyList<RelevanceDocument> documents, float[][] vectors)
    {
        Model = model;
        MaxTokens = maxTokens;
        _ids = documents;
        _documents = vectors;
    }

    public EmbeddingModel Model { get; }

    public int MaxTokens { get; }

    /// <summary>Documents embedded per second (every core).</summary>
    public double Rate { get; private init; }

    public static ModelRanking Embed(EmbeddingModel model, IReadOnlyList<RelevanceDocument> documents, int maxTokens)
    {
        using var embedder = new TextEmbedder(model, threads: 1, maxTokens);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var texts = documents.Select(d => d.Title.Length == 0 ? d.Text : $"{d.Title}. {d.Text}").ToArray();
        var vectors = new float[texts.Length][];
        var chunks = Enumerable.Range(0, (texts.Length + 63) / 64).ToArray();
        Parallel.ForEach(chunks, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, c =>
        {
            var part = embedder.Embed(texts[(c * 64)..Math.Min(texts.Length, (c + 1) * 64)]);
            part.CopyTo(vectors, c * 64);
        });
        return new ModelRanking(model, maxTokens, documents, vectors) { Rate = texts.Length / clock.Elapsed.TotalSeconds };
    }

    /// <summary>The collection ids of the <paramref name="k"/> documents closest to each question, with their similarity.</summary>
    public IReadOnlyList<IReadOnlyList<(string Id, float Similarity)>> Rank(IReadOnlyList<string> questions, int k)
    {
        using var embedder = new TextEmbedder(Model, threads: Environment.ProcessorCount, MaxTokens);
        var queries = embedder.Embed([.. questions.Select(q => Model.QueryPrefix + q)]);
        return [.. queries.Select(q => (IReadOnlyList<(string, float)>)[.. _documents
            .Select((d, i) => (_ids[i].Id, Vectors.Dot(q, d)))
            .OrderByDescending(x => x.Item2)
            .Take(k)])];
    }

    /// <summary>
    /// For each document relevant to some question, the share of its <paramref name="k"/> nearest other documents that
    /// are relevant to one of the same questions: how topical "papers like this" are.
    /// </summary>
    public double NeighbourPrecision(RelevanceCollection collection, int k)
    {
        var topics = Topics(collection);
        var shares = new List<double>();
        for (var i = 0; i < _ids.Count; i++)
        {
            if (!topics.TryGetValue(_ids[i].Id, out var mine))
            {
                continue;
            }

            var nearest = Enumerable.Range(0, _ids.Count).Where(j => j != i)
                .OrderByDescending(j => Vectors.Dot(_documents[i], _documents[j])).Take(k);
            shares.Add(nearest.Count(j => topics.TryGetValue(_ids[j].Id, out var theirs) && theirs.Overlaps(mine)) / (double)k);
        }

        return shares.Count == 0 ? 0 : shares.Average();
    }

    /// <summary>Every (question, document) pair's similarity, and whether the document is judged relevant to the question.</summary>
    public IReadOnlyList<(float Similarity, bool Related)> QuestionPairs(RelevanceCollection collection, IReadOnlyList<RelevanceQuestion> questions)
    {
        using var embedder = new TextEmbedder(Model, threads: Environment.ProcessorCount, MaxTokens);
        var queries = embedder.Embed([.. questions.Select(q => Model.QueryPrefix + q.Text)]);
        return [.. questions.SelectMany((q, i) => _documents.Select((d, j) =>
            (Vectors.Dot(queries[i], d), collection.Gains[q.Id].GetValueOrDefault(_ids[j].Id) > 0)))];
    }

    /// <summary>Every pair of documents judged relevant to some question: their similarity, and whether they share a question.</summary>
    public IReadOnlyList<(float Similarity, bool Related)> DocumentPairs(RelevanceCollection collection)
    {
        var topics = Topics(collection);
        var judged = Enumerable.Range(0, _ids.Count).Where(i => topics.ContainsKey(_ids[i].Id)).ToList();
        return [.. judged.SelectMany(i => judged.Where(j => j > i).Select(j =>
            (Vectors.Dot(_documents[i], _documents[j]), topics[_ids[i].Id].Overlaps(topics[_ids[j].Id]))))];
    }

    private static Dictionary<string, HashSet<string>> Topics(RelevanceCollection collection)
    {
        var topics = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (question, gains) in collection.Gains)
        {
            foreach (var document in gains.Where(g => g.Value > 0).Select(g => g.Key))
            {
                (topics.TryGetValue(document, out var t) ? t : topics[document] = new(StringComparer.Ordinal)).Add(question);
            }
        }

        return topics;
    }
}
