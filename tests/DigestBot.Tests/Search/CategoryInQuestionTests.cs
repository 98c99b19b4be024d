using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Search;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Search;

/// <summary>An arXiv category typed among the words of a question ("diffusion cs.CV") is read as the papers' category.</summary>
public sealed class CategoryInQuestionTests : IDisposable
{
    private readonly SearchHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("diffusion cs.CV", "(diffusion AND all:cs.CV)")]
    [InlineData("Stat.ML kernels", "(all:Stat.ML AND kernels)")]
    [InlineData("spin glasses cond-mat.dis-nn", "(spin AND glasses AND all:cond-mat.dis-nn)")]
    [InlineData("GPT-3.5 vs. LLaMA", "(GPT-3.5 AND vs AND LLaMA)")]
    [InlineData("cs.foo.bar routing", "(cs.foo.bar AND routing)")]
    public void A_category_among_the_words_is_also_read_as_the_category(string typed, string read)
    {
        var query = SearchQuery.ParseSearch(typed);

        Assert.True(query.IsFreeText);
        Assert.Equal(read, query.ToString());
    }

    [Fact]
    public void Diffusion_cs_CV_keeps_to_vision_papers_once_enough_have_both_and_ranks_them_first_before()
    {
        // Two papers of the category: too few to require every word, so the closest are shown, the category's first.
        _bot.Papers.UpsertBatch([.. Papers(0, 2, "cs.CV"), .. Papers(100, 4, "cs.CL")]);

        var few = _bot.Typed("diffusion cs.CV", limit: 20);

        Assert.Equal(SearchMode.BestMatch, few.Mode);
        Assert.Equal(2, few.AllWordsHits);
        Assert.Equal(["2501.00000", "2501.00001"], few.Hits.Take(2).Select(h => h.Id).Order(StringComparer.Ordinal));

        // Enough of them: the category is required as any other word is, in either case.
        _bot.Papers.UpsertBatch([.. Papers(2, 10, "cs.CV")]);

        var enough = _bot.Typed("Diffusion CS.cv", limit: 20);

        Assert.Equal(SearchMode.AllWords, enough.Mode);
        Assert.Equal(12, enough.TotalHits);
        Assert.All(enough.Hits, h => Assert.Contains("cs.CV", h.Categories));
    }

    private static IEnumerable<Paper> Papers(int first, int count, string category) =>
        Enumerable.Range(first, count).Select(i => TestPapers.Arxiv($"2501.{i:D5}") with
        {
            Title = $"Diffusion models, study {i}",
            Abstract = "We train diffusion models and report what they learn.",
            Categories = [category],
        });
}
