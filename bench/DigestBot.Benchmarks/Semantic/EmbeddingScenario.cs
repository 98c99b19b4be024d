using System.Diagnostics;
using DigestBot.Semantic;

namespace DigestBot.Benchmarks.Semantic;

/// <summary>
/// Embedding speed of each candidate model on real abstracts (the daily page, title and abstract), in papers/s: the
/// one-at-a-time baseline (each paper alone, its whole text up to the model's 512 tokens, the session on every core:
/// how the first probe ran), beside what DigestBot runs (title and the abstract's first 128 tokens, batches of
/// similar length, one single-threaded session per core as <c>embed</c> runs it, and one core as the background does).
/// </summary>
internal static class EmbeddingScenario
{
    public static Task<IReadOnlyList<Result>> RunAsync(BenchRun run)
    {
        var texts = Texts(run.Options.Quick ? 32 : 384);
        var results = new List<Result>();
        foreach (var model in EmbeddingModel.All)
        {
            run.Progress($"embedding: {model.Name}, {texts.Length} papers");
            Result baseline;
            using (var whole = new TextEmbedder(model, threads: Environment.ProcessorCount, maxTokens: 512))
            {
                whole.Embed(texts[..4]);
                baseline = Rate($"{model.Name}: one at a time, whole text (≤ 512 tokens), {Environment.ProcessorCount} threads (baseline)", texts, t => Parallel(whole, t, 1, batch: 1)) with { RatioToBaseline = 1.0 };
            }

            results.Add(baseline);
            using var embedder = new TextEmbedder(model, threads: 1);
            embedder.Embed(texts[..4]);
            results.Add(Rate($"{model.Name}: one at a time, title + 128 tokens, 1 thread", texts, t => Parallel(embedder, t, 1, batch: 1)).Against(baseline));
            results.Add(Rate($"{model.Name}: batches, title + 128 tokens, 1 thread (background embedding)", texts, t => Parallel(embedder, t, 1, EmbeddingService.BatchSize)).Against(baseline));
            var cores = Environment.ProcessorCount;
            results.Add(Rate($"{model.Name}: batches, title + 128 tokens, {cores} threads (embed)", texts, t => Parallel(embedder, t, cores, EmbeddingService.BatchSize)).Against(baseline)
                .Targeting("≥ 25 papers/s on 2 cores", 25, atMost: false));
            foreach (var r in results.TakeLast(4))
            {
                run.Progress($"embedding: {r.Name}: {r.Value:F1} papers/s");
            }
        }

        return Task.FromResult<IReadOnlyList<Result>>(results);
    }

    /// <summary>Title and abstract of the daily page's papers, repeated up to <paramref name="count"/>.</summary>
    internal static string[] Texts(int count)
    {
        var papers = SearchScenario.RealAbstracts().Chunk(2).Select(p => $"{p[0]}. {p[1]}").ToList();
        return [.. Enumerable.Range(0, count).Select(i => papers[i % papers.Count])];
    }

    private static void Parallel(TextEmbedder embedder, string[] texts, int threads, int batch) =>
        System.Threading.Tasks.Parallel.ForEach(
            texts.Chunk(batch).Select((b, i) => (b, i)).GroupBy(x => x.i % threads),
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            part =>
            {
                foreach (var (b, _) in part)
                {
                    embedder.Embed(b);
                }
            });

    private static Result Rate(string name, string[] texts, Action<string[]> embed)
    {
        var clock = Stopwatch.StartNew();
        embed(texts);
        clock.Stop();
        return new Result(name, texts.Length, clock.Elapsed, texts.Length, "papers/s", texts.Length / clock.Elapsed.TotalSeconds, null);
    }
}
