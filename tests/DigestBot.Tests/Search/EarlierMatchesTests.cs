using DigestBot.Search;

namespace DigestBot.Tests.Search;

/// <summary>
/// A search limited by <c>--since</c> that finds nothing says what the same search finds at any date, and that no
/// stored paper is that recent when none is: on the sample data (June 2026) <c>search agents --since 7d</c> only said
/// "No papers published since … match agents", as if the query were what to change. Recorded pages of Hugging Face
/// Daily Papers (June 2026) and of an arXiv listing (April 2026).
/// </summary>
public sealed class EarlierMatchesTests : IDisposable
{
    private const string DailyPapers = "hf_daily_papers_2026-06-12_latest_limit30.json";
    private const string Listing = "arxiv_rss_2026-04-27_cs.AI_trimmed_3_items.xml";
    private static readonly DateTimeOffset July = new(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset May = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly SearchHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task When_no_stored_paper_is_that_recent_it_says_so_and_how_many_earlier_papers_match()
    {
        await _bot.ImportAsync(DailyPapers);
        var anyDate = _bot.Search("agents");
        var newest = anyDate.Hits.Max(h => h.Published!.Value);

        var results = _bot.Search("agents", since: July);

        Assert.True(anyDate.TotalHits > 1);
        Assert.Equal(0, results.TotalHits);
        Assert.Equal(
            $"No papers published since 2026-07-01 match agents: no stored paper is that recent; {anyDate.TotalHits} earlier papers match, the newest published {newest:yyyy-MM-dd}",
            SearchReplies.Summary(results));
    }

    [Fact]
    public async Task When_recent_papers_exist_but_none_match_it_gives_the_earlier_ones_before_the_category_hint()
    {
        await _bot.ImportAsync(DailyPapers, Listing);
        var anyDate = _bot.Search("cat:cs.AI");
        var newest = anyDate.Hits.Max(h => h.Published!.Value);

        var results = _bot.Search("cat:cs.AI", since: May);

        Assert.Equal(3, anyDate.TotalHits);
        Assert.Equal(0, results.TotalHits);
        Assert.True(results.Earlier!.InWindow > 0);
        Assert.Equal(
            $"No papers published since 2026-05-01 match cat:cs.AI; 3 earlier papers match, the newest published {newest:yyyy-MM-dd}",
            SearchReplies.Summary(results));
    }

    [Fact]
    public async Task One_earlier_paper_reads_as_one_with_its_date()
    {
        await _bot.ImportAsync(Listing);
        var paper = _bot.Search("cat:cs.AI").Hits[0];

        var results = _bot.Typed(paper.Id, since: May);

        Assert.Equal(
            $"No papers published since 2026-05-01 match {paper.Id}: no stored paper is that recent; 1 earlier paper matches, published {paper.Published:yyyy-MM-dd}",
            SearchReplies.Summary(results));
    }

    [Fact]
    public async Task Free_text_that_no_earlier_paper_holds_whole_counts_the_papers_with_some_of_its_words()
    {
        await _bot.ImportAsync(DailyPapers);
        var anyDate = _bot.Typed("how do agents browse the web with tools", limit: 100);

        var results = _bot.Typed("how do agents browse the web with tools", since: July);

        Assert.Equal(SearchMode.BestMatch, anyDate.Mode);
        Assert.Equal(0, results.TotalHits);
        Assert.Contains(
            $"no stored paper is that recent; {anyDate.TotalHits} earlier papers have some of its words, the newest published ",
            SearchReplies.Summary(results),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_that_matches_nothing_at_any_date_and_a_search_that_finds_papers_add_nothing()
    {
        await _bot.ImportAsync(DailyPapers, Listing);

        var nothing = _bot.Search("fuzzzing", since: May);
        var found = _bot.Search("agents", since: May);

        Assert.Equal(0, nothing.Earlier!.Total);
        Assert.Equal("No papers published since 2026-05-01 match fuzzzing", SearchReplies.Summary(nothing));
        Assert.True(found.TotalHits > 0);
        Assert.Null(found.Earlier);
        Assert.DoesNotContain("earlier", SearchReplies.Summary(found), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_since_an_empty_search_asks_nothing_more()
    {
        await _bot.ImportAsync(DailyPapers);

        Assert.Null(_bot.Search("fuzzzing").Earlier);
    }
}
