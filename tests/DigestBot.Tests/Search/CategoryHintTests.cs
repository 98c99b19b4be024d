using DigestBot.Search;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Search;

/// <summary>
/// A <c>cat:</c> search that finds nothing says when stored papers have no category to match: Hugging Face's papers
/// have none (recorded page of 30), so on a store of them alone <c>cat:cs.AI</c> found nothing with no reason given.
/// </summary>
public sealed class CategoryHintTests : IDisposable
{
    private const string DailyPapers = "hf_daily_papers_2026-06-12_latest_limit30.json";
    private const string Listing = "arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml";
    private const string Why = "(arXiv gives them; Hugging Face Daily Papers, OpenAlex and Semantic Scholar do not)";
    private readonly SearchHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task On_papers_without_categories_a_category_search_says_none_has_one()
    {
        await _bot.ImportAsync(DailyPapers);

        var results = _bot.Search("cat:cs.AI");

        Assert.Equal(0, results.TotalHits);
        Assert.Equal($"No papers match cat:cs.AI: none of the 30 stored papers has a category {Why}", SearchReplies.Summary(results));
    }

    [Fact]
    public async Task Beside_arxiv_papers_it_says_how_many_have_none_and_a_match_needs_no_reason()
    {
        await _bot.ImportAsync(DailyPapers, Listing);

        var missed = _bot.Search("cat:math.AG OR (cat:cs.RO AND agents)");
        var found = _bot.Search("cat:cs.AI");

        Assert.Equal($"No papers match cat:math.AG OR (cat:cs.RO AND agents): 30 of the 33 stored papers have no category {Why}", SearchReplies.Summary(missed));
        Assert.Equal(3, found.TotalHits);
        Assert.Null(found.WithCategory);
        Assert.DoesNotContain("category", SearchReplies.Summary(found), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_every_paper_has_categories_or_the_category_is_only_excluded_nothing_is_added()
    {
        await _bot.ImportAsync(Listing);
        Assert.Equal("No papers match cat:math.AG", SearchReplies.Summary(_bot.Search("cat:math.AG")));

        await _bot.ImportAsync(DailyPapers);
        var excluded = _bot.Search("fuzzzing -cat:cs.AI");
        Assert.Equal("No papers match fuzzzing -cat:cs.AI", SearchReplies.Summary(excluded));
        Assert.Null(excluded.WithCategory);
    }

    [Fact]
    public void One_paper_without_a_category_reads_as_one()
    {
        _bot.Papers.Upsert(TestPapers.Arxiv("2501.00001") with { Categories = [] });

        Assert.Equal($"No papers match cat:cs.LG: the one stored paper has no category {Why}", SearchReplies.Summary(_bot.Search("cat:cs.LG")));

        _bot.Papers.UpsertBatch([TestPapers.Arxiv("2501.00002"), TestPapers.Arxiv("2501.00003") with { Categories = ["stat.ML"] }]);

        Assert.Equal($"No papers match cat:math.AG: 1 of the 3 stored papers has no category {Why}", SearchReplies.Summary(_bot.Search("cat:math.AG")));
    }
}
