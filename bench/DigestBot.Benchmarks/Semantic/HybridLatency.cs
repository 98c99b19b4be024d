using DigestBot.QueryLanguage;
using DigestBot.Search;
using DigestBot.Semantic;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks.Semantic;

/// <summary>
/// Hybrid search latency on the imported corpus: every paper given a (synthetic) vector, then the search mix's
/// free-text questions asked as <c>search</c> asks them by default (the question embedded by the shipped model, the
/// exact scan, the keyword search, the fusion and snippets), with 1 and 2 clients, beside the same questions by
/// keywords alone in the same run.
/// </summary>
internal static class HybridLatency
{
    public static async Task<IReadOnlyList<Result>> MeasureAsync(BenchRun run)
    {
        var data = await run.LoadedAsync();
        var (words, surnames) = run.Vocabulary();
        var questions = BenchQueries.Generate(words, run.Sample(), surnames, 500, BenchRun.Seed, run.Latest)
            .Where(q => q.Kind.StartsWith("question", StringComparison.Ordinal))
            .Select(q => new SearchRequest(SearchQuery.ParseSearch(q.Query)) { Since = q.Since })
            .ToList();
        await using var services = AppServices.Build(data, withSearch: true);
        var index = services.GetRequiredService<SemanticIndex>();
        if (index.Count < run.Papers)
        {
            run.Progress($"semantic: giving the {run.Papers:N0} papers synthetic vectors");
            var random = new Random(BenchRun.Seed);
            foreach (var batch in run.Corpus().Chunk(10_000))
            {
                index.Store([.. batch.Select(p => SyntheticVectors.Stored(p.Id, PaperText.SearchDate(p), random))]);
            }
        }

        var search = services.GetRequiredService<HybridSearch>();
        var model = services.GetRequiredService<SemanticModel>();
        var keywords = services.GetRequiredService<SearchService>();
        var n = run.Papers;
        var rounds = run.Options.Quick ? 1 : 3;
        run.Progress("semantic: a warm-up round of every question by words, by meaning and by both");
        SearchScenario.Time(questions, 1, _ => r => search.Search(r, null).Hits.Count + search.Search(r, SearchRetrieval.Keyword).Hits.Count);

        // Where a hybrid answer's time goes, one client: the question embedded, the vector scan, the keyword side.
        var vectors = questions.Select(q => model.EmbedQuery(q.Query.Text)).ToList();
        var results = new List<Result>
        {
            P99(SearchScenario.Row("part: the question embedded", 1, SearchScenario.Time(questions, rounds, _ => r => model.EmbedQuery(r.Query.Text).Length), n, questions.Count)),
            P99(SearchScenario.Row("part: exact scan of the vectors, top 100", 1, SearchScenario.Time(vectors, rounds, _ => v => index.Search(v, 100).Hits.Count), n, questions.Count)),
            P99(SearchScenario.Row("part: the keyword search alone, a page of 10", 1, SearchScenario.Time(questions, rounds, _ => r => keywords.Search(r).Hits.Count), n, questions.Count)),
            P99(SearchScenario.Row("part: the keyword ranking to the fusion's depth (100), no snippets", 1, SearchScenario.Time(questions, rounds, _ => r => Ranked(services, r)), n, questions.Count)),
        };
        foreach (var clients in new[] { 1, 2 })
        {
            var keyword = SearchScenario.Row("free-text questions by keywords alone", clients, SearchScenario.Time(questions, rounds, _ => r => search.Search(r, SearchRetrieval.Keyword).Hits.Count, clients), n, questions.Count);
            var hybrid = SearchScenario.Row("free-text questions by words and meaning (hybrid, the default)", clients, SearchScenario.Time(questions, rounds, _ => r => search.Search(r, null).Hits.Count, clients), n, questions.Count);
            run.Progress($"semantic: {hybrid.Name}: p50 {hybrid.Percentiles!["p50"]:F1} ms, p99 {hybrid.Percentiles["p99"]:F1} ms (keywords alone p99 {keyword.Percentiles!["p99"]:F1} ms)");
            results.Add(keyword with { Value = keyword.Percentiles["p99"] });
            results.Add((hybrid with { Value = hybrid.Percentiles["p99"] }).Against(keyword with { Value = keyword.Percentiles["p99"] })
                .Targeting("p99 < 100 ms at 1M", 100));
        }

        return results;
    }

    private static int Ranked(ServiceProvider services, SearchRequest request) =>
        services.GetRequiredService<SearchIndex>().Search(searcher =>
            RankedSearch.Top(searcher, request with { Limit = FusedSearch.Depth }, SearchSort.Relevance, ranked: true).Docs.Count);

    private static Result P99(Result row) => row with { Value = row.Percentiles!["p99"] };
}
