using DigestBot.Papers;
using DigestBot.Tests.Papers;
using DigestBot.Tests.Sources;

namespace DigestBot.Tests.Search;

/// <summary>
/// <c>--since</c> places a paper by its date's precision: a year-only date is inside a window that reaches into its year
/// and outside any other; a paper without a date is in no window (it used to count as published the day it was stored).
/// </summary>
public sealed class DateWindowTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    public DateWindowTests()
    {
        var yearOnly = YearOnlyPaper.Parse();
        _harness.Papers.UpsertBatch(
        [
            yearOnly,
            yearOnly with
            {
                Id = "src:test:undated",
                Dois = [],
                Title = "Syntax-Based Attention Masking Without A Date",
                PublishedDate = null,
                FirstSeen = Fixtures.SeenAt,
            },
            yearOnly with
            {
                Id = "2106.00001",
                Dois = [],
                Title = "Syntax-Based Attention Masking Dated To The Day",
                PublishedDate = PaperDate.Day(new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero)),
            },
        ]);
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void Without_a_window_every_paper_is_found()
    {
        Assert.Equal(3, _harness.Ids("syntax").Count);
    }

    [Fact]
    public void Thirty_days_before_the_recording_finds_neither_the_2021_paper_nor_the_undated_one()
    {
        Assert.Empty(_harness.Ids("syntax", since: Fixtures.SeenAt.AddDays(-30)));
    }

    [Fact]
    public void A_window_reaching_into_2021_holds_the_year_only_paper_but_not_the_undated_one()
    {
        var ids = _harness.Ids("syntax", since: new DateTimeOffset(2021, 12, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal([YearOnlyPaper.Parse().Id], ids);
    }

    [Fact]
    public void A_window_from_mid_2021_holds_both_dated_papers()
    {
        var ids = _harness.Ids("syntax", since: new DateTimeOffset(2021, 5, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(2, ids.Count);
        Assert.DoesNotContain("src:test:undated", ids);
    }

    [Fact]
    public void A_window_starting_in_2022_holds_no_2021_paper()
    {
        Assert.Empty(_harness.Ids("syntax", since: new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Search_hits_show_the_year_and_say_when_there_is_no_date()
    {
        var hits = _harness.Search("syntax").Hits;

        var yearOnly = hits.Single(h => h.Id == YearOnlyPaper.Parse().Id);
        Assert.Equal(DatePrecision.Year, yearOnly.PublishedPrecision);
        Assert.Contains(" · 2021 · ", DigestBot.Search.SearchReplies.Card(yearOnly, 1).Footer, StringComparison.Ordinal);
        var undated = hits.Single(h => h.Id == "src:test:undated");
        Assert.Null(undated.Published);
        Assert.Contains(" · no date · ", DigestBot.Search.SearchReplies.Card(undated, 1).Footer, StringComparison.Ordinal);
    }
}
