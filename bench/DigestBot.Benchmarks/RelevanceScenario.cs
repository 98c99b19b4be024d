using System.Diagnostics;
using System.Globalization;
using DigestBot.Benchmarks.Relevance;
using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Search;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Benchmarks;

/// <summary>
/// Ranking quality: each collection's questions typed into search as written (free text where they use no syntax),
/// scored by nDCG@10 against the collection's graded judgments, beside a plain BM25 (<see cref="PlainBm25"/>) over
/// the same documents and the same questions read exactly (every word required, as search read them before free
/// text). Always the seed collection (<see cref="DailyPageCollection"/>); with <c>--relevance DIR</c> also a public one.
/// </summary>
internal static class RelevanceScenario
{
    private const int K = 10;

    public static async Task<IReadOnlyList<Result>> RunAsync(BenchRun run)
    {
        var collections = new List<RelevanceCollection> { DailyPageCollection.Read() };
        if (run.Options.Relevance is { } folder)
        {
            collections.Add(RelevanceCollection.Load(folder));
        }
        else
        {
            run.Progress("relevance: no --relevance DIR, so only the seed collection (see tests/fixtures/relevance/PROVENANCE.md)");
        }

        var results = new List<Result>();
        for (var i = 0; i < collections.Count; i++)
        {
            results.AddRange(await MeasureAsync(run, collections[i], Path.Combine(run.Work, $"relevance-{i}")));
        }

        return results;
    }

    private static async Task<IReadOnlyList<Result>> MeasureAsync(BenchRun run, RelevanceCollection collection, string data)
    {
        var questions = collection.Judged.ToList();
        run.Progress($"relevance: {collection.Name}, {collection.Documents.Count:N0} documents, {questions.Count} judged questions");
        var clock = Stopwatch.StartNew();
        await using var services = AppServices.Build(data, withSearch: true);
        var ids = Store(services.GetRequiredService<PaperStore>(), collection.Documents, run.SeenAt);
        var search = services.GetRequiredService<SearchService>();
        using var bm25 = new PlainBm25(collection.Documents);

        var typed = new Tally();
        var exact = new Tally();
        var plain = new Tally();
        var modes = new Dictionary<SearchMode, int>();
        var keyword = new List<KeywordRanking>();
        foreach (var question in questions)
        {
            var gains = collection.Gains[question.Id];
            if (Ask(search, question.Text, SearchQuery.TryParseSearch, ids, out var typedRanked, out var mode))
            {
                modes[mode] = modes.GetValueOrDefault(mode) + 1;
            }

            typed.Add(typedRanked, gains);
            keyword.Add(KeywordRanking.Of(search, question.Text, ids));
            exact.Add(Ask(search, question.Text, SearchQuery.TryParse, ids, out var exactRanked, out _) ? exactRanked : null, gains);
            plain.Add(bm25.Search(question.Text, K), gains);
        }

        var n = collection.Documents.Count;
        var name = $"{collection.Name}, {questions.Count} questions";
        var baseline = new Result($"nDCG@10, plain BM25 (Lucene English analyzer, words OR'ed), {name}", n, clock.Elapsed, questions.Count, "nDCG@10", plain.Mean, 1.0);
        var shown = string.Join(", ", modes.OrderBy(m => m.Key).Select(m => $"{m.Value} {SearchReplies.ModeName(m.Key)}"));
        var typedRow = new Result($"nDCG@10, DigestBot, questions as typed ({shown}), {name}", n, clock.Elapsed, questions.Count, "nDCG@10", typed.Mean, null);
        var models = run.Options.Models ? ModelComparison.Measure(run, collection, questions, keyword, typedRow) : [];
        var semantic = SemanticRelevance.Measure(run, services, collection, questions, ids, typedRow);
        return
        [
            .. models,
            .. semantic,
            typedRow
                .Against(baseline).Targeting("≥ 1.2× plain BM25", 1.2 * plain.Mean, atMost: false),
            new Result($"questions without results, DigestBot as typed, {name}", n, clock.Elapsed, questions.Count, "questions", typed.Empty + typed.Refused, null)
                .Targeting("none", 0),
            new Result($"nDCG@10, every word required (search before free text; {exact.Empty} without results, {exact.Refused} refused), {name}", n, clock.Elapsed, questions.Count, "nDCG@10", exact.Mean, null)
                .Against(baseline),
            baseline,
        ];
    }

    /// <summary>Stores the documents as papers (ids 2501.00000 on, by position) and returns the collection id of each paper id.</summary>
    private static Dictionary<string, string> Store(PaperStore store, IReadOnlyList<RelevanceDocument> documents, DateTimeOffset seen)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var batch in documents.Select((d, i) => (Document: d, Id: Id(i))).Chunk(5000))
        {
            store.UpsertBatch([.. batch.Select(d => new Paper
            {
                Id = d.Id,
                Version = 1,
                Title = d.Document.Title,
                Abstract = d.Document.Text,
                Published = seen,
                FirstSeen = seen,
                Sources = [new SourceRecord("relevance", d.Document.Id, seen)],
            })]);
            foreach (var (document, id) in batch)
            {
                ids[id] = document.Id;
            }
        }

        return ids;
    }

    private static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"{2501 + (i / 100_000)}.{i % 100_000:D5}");

    private delegate bool Parser(string text, out SearchQuery? query, out string? error);

    private static bool Ask(SearchService search, string text, Parser parse, Dictionary<string, string> ids, out IReadOnlyList<string>? ranked, out SearchMode mode)
    {
        ranked = null;
        mode = SearchMode.Exact;
        if (!parse(text, out var query, out _))
        {
            return false;
        }

        var results = search.Search(new SearchRequest(query!) { Limit = SearchRequest.MaxLimit });
        ranked = [.. results.Hits.Select(h => ids[h.Id])];
        mode = results.Mode;
        return true;
    }

    /// <summary>Mean nDCG@10 over the questions; a refused question (null) scores 0 and is counted apart.</summary>
    private sealed class Tally
    {
        private readonly List<double> _scores = [];

        public int Empty { get; private set; }

        public int Refused { get; private set; }

        public double Mean => _scores.Count == 0 ? 0 : _scores.Average();

        public void Add(IReadOnlyList<string>? ranked, IReadOnlyDictionary<string, int> gains)
        {
            Refused += ranked is null ? 1 : 0;
            Empty += ranked is { Count: 0 } ? 1 : 0;
            _scores.Add(ranked is null ? 0 : Ndcg.At(K, ranked, gains));
        }
    }
}
