using DigestBot.Search;

namespace DigestBot.Tests.Search;

/// <summary>Result order: newest first when nothing is ranked, equal scores broken by date, and <c>--sort</c>.</summary>
public sealed class SearchOrderTests(RealCorpus corpus) : IClassFixture<RealCorpus>
{
    private SearchHarness Bot => corpus.Harness;

    [Theory]
    [InlineData("cat:cs.LG")]
    [InlineData("au:maestro")]
    [InlineData("normaliz*")]
    [InlineData("cat:cs.* -cat:cs.LG")]
    public void Queries_with_nothing_ranked_sort_newest_first(string query)
    {
        var results = Bot.Typed(query, limit: 100);

        Assert.Equal(SearchSort.Date, results.Sort);
        Assert.True(results.Hits.Count > 3);
        AssertNewestFirst(results.Hits);
        Assert.Contains(", newest first; showing 1–", SearchReplies.Summary(results), StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_that_matches_nothing_says_so_without_an_order()
    {
        var results = Bot.Typed("zqxjv*");

        Assert.Equal((SearchSort.Date, 0), (results.Sort, results.TotalHits));
        Assert.Equal("No papers match zqxjv\\*", SearchReplies.Summary(results));
    }

    [Fact]
    public void A_search_before_any_paper_is_stored_says_so_instead_of_blaming_the_query()
    {
        using var empty = new SearchHarness();

        var results = empty.Typed("agents");

        Assert.Equal(0, results.TotalHits);
        Assert.Equal("No papers are stored yet, so nothing matches “agents”: an import or the sources' first poll brings some", SearchReplies.Summary(results));
    }

    [Fact]
    public void Equal_scores_are_broken_by_date_newest_first()
    {
        var results = Bot.Typed("cat:cs.LG", limit: 100, sort: SearchSort.Relevance);

        Assert.Equal(SearchSort.Relevance, results.Sort);
        Assert.Single(results.Hits.Select(h => h.Score).Distinct());
        AssertNewestFirst(results.Hits);
    }

    [Fact]
    public void Sort_by_date_orders_a_ranked_query_newest_first_and_relevance_by_score()
    {
        var byDate = Bot.Typed("transformers", limit: 100, sort: SearchSort.Date);
        var byScore = Bot.Typed("transformers", limit: 100);

        Assert.Equal(SearchSort.Relevance, byScore.Sort);
        Assert.Equal(byScore.Hits.Select(h => h.Score).OrderDescending(), byScore.Hits.Select(h => h.Score));
        Assert.NotEqual(byScore.Hits.Select(h => h.Id), byDate.Hits.Select(h => h.Id));
        Assert.Equal(byScore.Hits.Select(h => h.Id).Order(StringComparer.Ordinal), byDate.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        AssertNewestFirst(byDate.Hits);
    }

    [Fact]
    public void A_ranked_word_beside_a_filter_keeps_relevance_order()
    {
        Assert.Equal(SearchSort.Relevance, Bot.Typed("cat:cs.LG transformers").Sort);
        Assert.Equal(SearchSort.Relevance, Bot.Typed("ti:transformers").Sort);
    }

    private static void AssertNewestFirst(IReadOnlyList<SearchHit> hits)
    {
        var dates = hits.Select(h => h.Published ?? DateTimeOffset.MinValue).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
    }
}
