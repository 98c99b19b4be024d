using DigestBot.Semantic;

namespace DigestBot.Tests.Semantic;

/// <summary>
/// The two-pass search of a large vector set on the shipped model's own vectors (the daily papers page embedded, and
/// questions): the coarse estimate's error stays well inside the margin the search allows, and both ways answer alike.
/// </summary>
[Collection(SemanticModelCollection.Name)]
public sealed class TwoPassSearchTests : IDisposable
{
    private static readonly string[] Questions =
    [
        "why do the deepest layers of an LLM contribute so little",
        "making transformers deeper",
        "cheaper inference for language models with fewer bits",
        "robots that learn from videos",
    ];

    private readonly SemanticHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void On_real_embeddings_the_coarse_estimate_errs_by_far_less_than_the_margin_and_both_passes_agree()
    {
        var index = _bot.Get<SemanticIndex>();
        var papers = index.Keys().Select(k => index.Get(k)!).ToList();
        var model = _bot.Get<SemanticModel>();
        var queries = Questions.Select(model.EmbedQuery).Concat(papers.Select(p => p.ToFloats())).ToList();

        // The error of each estimate in standard deviations of the fine part (the margin is 8).
        var worst = 0.0;
        foreach (var query in queries)
        {
            var codes = new sbyte[EmbeddingModel.Dimensions];
            Vectors.Quantize(query, codes);
            var (sum, squares) = (codes.Sum(c => c), codes.Sum(c => c * c));
            var deviation = Math.Sqrt(255.0 / 12 * squares);
            foreach (var paper in papers)
            {
                var (coarse, fine) = (new byte[Vectors.Half], new byte[Vectors.Half]);
                Vectors.Pack(paper.Codes, coarse, fine);
                var exact = codes.Zip(paper.Codes, (q, d) => q * d).Sum();
                var estimate = (16.0 * (Vectors.PackedDot(coarse, codes) - (8 * sum))) + (7.5 * sum);
                worst = Math.Max(worst, Math.Abs(exact - estimate) / deviation);
            }
        }

        Assert.InRange(worst, 0.5, 5.5);

        var (one, two) = (new VectorSet { TwoPassFrom = int.MaxValue }, new VectorSet { TwoPassFrom = 0 });
        one.Put(papers);
        two.Put(papers);
        foreach (var query in queries)
        {
            foreach (var k in new[] { 1, 10, 50 })
            {
                var (a, b) = (one.Search(query, k, floor: 0.4f), two.Search(query, k, floor: 0.4f));
                Assert.Equal(a.AtLeastFloor, b.AtLeastFloor);
                Assert.Equal(a.Hits.Select(h => (h.Key, h.Similarity)), b.Hits.Select(h => (h.Key, h.Similarity)));
            }
        }
    }
}
