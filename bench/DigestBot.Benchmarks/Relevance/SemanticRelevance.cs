using System.Diagnostics;
using DigestBot.QueryLanguage;
using DigestBot.Search;
using DigestBot.Semantic;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks.Relevance;

/// <summary>
/// The same questions asked of DigestBot by meaning alone (<c>--mode semantic</c>) and by words and meaning fused
/// (hybrid, free text's default), after every document is embedded as <c>embed --all</c> would: nDCG@10 beside the
/// keyword answer's (the target: hybrid above keyword on the public collection).
/// </summary>
internal static class SemanticRelevance
{
    private const int K = 10;

    public static IReadOnlyList<Result> Measure(BenchRun run, ServiceProvider services, RelevanceCollection collection, IReadOnlyList<RelevanceQuestion> questions, IReadOnlyDictionary<string, string> ids, Result keyword)
    {
        var n = collection.Documents.Count;
        var name = $"{collection.Name}, {questions.Count} questions";
        var clock = Stopwatch.StartNew();
        var embedding = services.GetRequiredService<EmbeddingService>();
        embedding.Scan(all: true, CancellationToken.None);
        Parallel.For(0, Environment.ProcessorCount, _ =>
        {
            while (embedding.EmbedNext(CancellationToken.None) > 0)
            {
            }
        });
        var rate = n / clock.Elapsed.TotalSeconds;
        run.Progress($"relevance: {collection.Name}: embedded {n:N0} documents in {clock.Elapsed.TotalSeconds:F0} s ({rate:F1}/s)");

        var search = services.GetRequiredService<HybridSearch>();
        double Mean(SearchRetrieval? mode) => questions.Average(q =>
        {
            // A question DigestBot refuses (longer than a query may be) finds nothing, as the typed row counts it.
            if (!SearchQuery.TryParseSearch(q.Text, out var query, out _))
            {
                return 0;
            }

            var results = search.Search(new SearchRequest(query) { Limit = K }, mode);
            return Ndcg.At(K, [.. results.Hits.Select(h => ids[h.Id])], collection.Gains[q.Id]);
        });

        var hybrid = Mean(null);
        var semantic = Mean(SearchRetrieval.Semantic);
        run.Progress($"relevance: {collection.Name}: keyword {keyword.Value:F3}, semantic {semantic:F3}, hybrid {hybrid:F3}");
        return
        [
            new Result($"nDCG@10, DigestBot by words and meaning (hybrid, questions' default), {name}", n, clock.Elapsed, questions.Count, "nDCG@10", hybrid, null)
                .Against(keyword).Targeting("above keyword", keyword.Value + 1e-9, atMost: false),
            new Result($"nDCG@10, DigestBot by meaning alone (--mode semantic), {name}", n, clock.Elapsed, questions.Count, "nDCG@10", semantic, null).Against(keyword),
            new Result($"embedding the collection ({EmbeddingModel.Default.Name}, title + {TextEmbedder.DefaultMaxTokens} tokens, {Environment.ProcessorCount} threads), {name}", n, clock.Elapsed, n, "documents/s", rate, null),
        ];
    }
}
