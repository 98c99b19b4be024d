using DigestBot.Semantic;

namespace DigestBot.Benchmarks.Relevance;

/// <summary>
/// Which embedding model and which fusion, measured: for each candidate model, nDCG@10 of its ranking alone and fused
/// with DigestBot's keyword ranking (the top 100 of each) by reciprocal rank fusion and by a weighted sum of scores,
/// beside the keyword ranking's own; and how often a document's nearest neighbours share a question with it (what
/// Similar and like: watches rest on).
/// </summary>
internal static class ModelComparison
{
    private const int K = 10;
    private const int Depth = 100;

    public static IReadOnlyList<Result> Measure(BenchRun run, RelevanceCollection collection, IReadOnlyList<RelevanceQuestion> questions, IReadOnlyList<KeywordRanking> keyword, Result baseline)
    {
        var results = new List<Result>();
        var name = $"{collection.Name}, {questions.Count} questions";
        var n = collection.Documents.Count;
        var tokens = run.Options.Quick ? [128] : new[] { 128, 256 };
        foreach (var model in EmbeddingModel.All)
        {
            foreach (var max in tokens)
            {
                var ranking = ModelRanking.Embed(model, collection.Documents, max);
                var ranked = ranking.Rank([.. questions.Select(q => q.Text)], Depth);
                var what = $"{model.Name}, title + {max} tokens, {name}";
                double Score(Func<int, IReadOnlyList<string>> rank) => questions.Select((q, i) => Ndcg.At(K, rank(i), collection.Gains[q.Id])).Average();
                var rows = new (string Name, double Value)[]
                {
                    ("semantic only", Score(i => [.. ranked[i].Select(r => r.Id)])),
                    ("RRF k=60", Score(i => Fusion.Rrf(keyword[i].Hits, ranked[i], 60, 1.0))),
                    ("RRF k=60, meaning weighed 0.5", Score(i => Fusion.Rrf(keyword[i].Hits, ranked[i], 60, 0.5))),
                    ("RRF k=20", Score(i => Fusion.Rrf(keyword[i].Hits, ranked[i], 20, 1.0))),
                    ("scores 0.5/0.5 (keyword / top keyword score, similarity)", Score(i => Fusion.Weighted(keyword[i].Hits, ranked[i], 0.5))),
                    ("scores 0.3/0.7", Score(i => Fusion.Weighted(keyword[i].Hits, ranked[i], 0.3))),
                    ("scores 0.7/0.3", Score(i => Fusion.Weighted(keyword[i].Hits, ranked[i], 0.7))),
                    ("scores, keyword weight 0.5 × share of words required", Score(i => Fusion.Weighted(keyword[i].Hits, ranked[i], 0.5 * keyword[i].Coverage))),
                    ("scores, 0.5 all words, 0.3 best match", Score(i => Fusion.Weighted(keyword[i].Hits, ranked[i], keyword[i].Mode == DigestBot.Search.SearchMode.BestMatch ? 0.3 : 0.5))),
                };
                var neighbours = ranking.NeighbourPrecision(collection, 3);
                run.Progress($"relevance: {what}: {string.Join("; ", rows.Select(r => $"{r.Name} {r.Value:F3}"))}; neighbours P@3 {neighbours:F3} ({ranking.Rate:F1} documents/s)");
                results.AddRange(rows.Select(r => new Result($"nDCG@10, {r.Name}, {what}", n, TimeSpan.Zero, questions.Count, "nDCG@10", r.Value, null).Against(baseline)));
                results.Add(new Result($"nearest 3 neighbours sharing a question (P@3), {what}", n, TimeSpan.Zero, questions.Count, "P@3", neighbours, null));
                foreach (var (kind, pairs) in new[] { ("question and document", ranking.QuestionPairs(collection, questions)), ("two documents", ranking.DocumentPairs(collection)) })
                {
                    var (threshold, precision, recall) = Calibration.BestF1(pairs);
                    run.Progress($"relevance: {what}: {kind}: best-F1 threshold {threshold:F3} (precision {precision:F2}, recall {recall:F2}, {pairs.Count:N0} pairs)");
                    results.Add(new Result($"similarity threshold of best F1, {kind} (precision {precision:F2}, recall {recall:F2}), {what}", n, TimeSpan.Zero, pairs.Count, "cosine", threshold, null));
                    foreach (var share in new[] { 0.95, 0.99 })
                    {
                        var (floor, below) = Calibration.RecallFloor(pairs, share);
                        run.Progress($"relevance: {what}: {kind}: {share:P0} of related pairs at or above {floor:F3} ({below:P1} of the unrelated below it)");
                        results.Add(new Result($"similarity keeping {share:P0} of related pairs, {kind} ({below:P1} of unrelated below), {what}", n, TimeSpan.Zero, pairs.Count, "cosine", floor, null));
                    }

                    // The shipped floor below which a question shows no paper by meaning alone (the shipped model's).
                    var (above, under) = Calibration.At(pairs, SemanticThresholds.Near);
                    run.Progress($"relevance: {what}: {kind}: at the shipped near floor {SemanticThresholds.Near:F2}: {above:P1} of related pairs at or above, {under:P1} of the unrelated below");
                    results.Add(new Result($"related pairs at or above the shipped near floor {SemanticThresholds.Near:F2}, {kind} ({under:P1} of unrelated below), {what}", n, TimeSpan.Zero, pairs.Count, "share", above, null));
                }
            }
        }

        return results;
    }
}
