using System.Text.Json;
using DigestBot.Citations;
using DigestBot.Commands;
using DigestBot.PaperCards;
using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Sources;
using DigestBot.Tests.Sources;

namespace DigestBot.Tests.Papers;

/// <summary>Dates with their precision: a year-only date is a year everywhere, and a missing date is never "today".</summary>
public sealed class PublishedDateTests
{
    [Fact]
    public void A_semantic_scholar_year_without_publication_date_is_stored_as_that_year()
    {
        var paper = YearOnlyPaper.Parse();

        Assert.Equal(PaperDate.OfYear(2021), paper.PublishedDate);
        using var json = JsonDocument.Parse(JsonOutput.Serialize(paper));
        Assert.Equal("2021-01-01T00:00:00Z", json.RootElement.GetProperty("published").GetString());
        Assert.Equal("year", json.RootElement.GetProperty("publishedPrecision").GetString());
    }

    [Fact]
    public void A_year_only_paper_is_shown_as_its_year_on_cards()
    {
        var paper = YearOnlyPaper.Parse();

        var full = PaperCard.Full(paper);
        var compact = PaperCard.Compact(paper);

        Assert.Equal("2021", full.Fields.Single(f => f.Name == "Published").Value);
        Assert.EndsWith(" · 2021", compact.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_only_paper_is_cited_with_its_year_not_the_year_it_was_stored()
    {
        var paper = YearOnlyPaper.Parse();

        Assert.Equal(2026, paper.FirstSeen.Year);
        Assert.Equal("mcdonald2021syntax", BibTex.Key(paper));
        Assert.Contains("  year = {2021}", BibTex.Format(paper), StringComparison.Ordinal);
        Assert.StartsWith("McDonald, C., & Chiang, D. (2021). Syntax-Based Attention Masking", Apa.Format(paper), StringComparison.Ordinal);
    }

    [Fact]
    public void A_paper_without_a_date_says_so_and_is_cited_without_a_year()
    {
        var paper = YearOnlyPaper.Parse() with { PublishedDate = null };

        Assert.Null(paper.PublishedPrecision);
        Assert.Equal("no date", PaperCard.Full(paper).Fields.Single(f => f.Name == "Published").Value);
        Assert.EndsWith(" · no date", PaperCard.Compact(paper).Description, StringComparison.Ordinal);
        Assert.Equal("mcdonaldsyntax", BibTex.Key(paper));
        Assert.DoesNotContain("year =", BibTex.Format(paper), StringComparison.Ordinal);
        Assert.Contains("(n.d.)", Apa.Format(paper), StringComparison.Ordinal);
        Assert.DoesNotContain("2026", BibTex.Format(paper) + Apa.Format(paper), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024", DatePrecision.Year, "2024")]
    [InlineData("2024-03", DatePrecision.Month, "2024-03")]
    [InlineData("2024-03-05", DatePrecision.Day, "2024-03-05")]
    [InlineData("Tue, 05 Mar 2024 10:00:00 GMT", DatePrecision.Day, "2024-03-05")]
    public void A_feed_date_keeps_the_precision_its_text_has(string text, DatePrecision precision, string shown)
    {
        Assert.True(FeedDates.TryParseDate(text, out var date));

        Assert.Equal(precision, date.Precision);
        Assert.Equal(shown, date.Display);
    }

    [Fact]
    public void A_year_only_date_lasts_until_the_end_of_its_year_and_a_month_until_the_end_of_its_month()
    {
        Assert.Equal(new DateTimeOffset(2021, 12, 31, 23, 59, 59, TimeSpan.Zero), Seconds(PaperDate.OfYear(2021).Latest));
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.Zero), Seconds(PaperDate.OfMonth(2024, 2).Latest));
        var day = new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal(day, PaperDate.Day(day).Latest);
    }

    [Fact]
    public void Merging_a_year_with_a_day_of_that_year_keeps_the_day_and_otherwise_the_earlier_date()
    {
        var day = PaperDate.Day(new DateTimeOffset(2021, 6, 14, 0, 0, 0, TimeSpan.Zero));
        var preprint = PaperDate.Day(new DateTimeOffset(2020, 10, 12, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(day, PaperDate.Merge(PaperDate.OfYear(2021), day));
        Assert.Equal(day, PaperDate.Merge(day, PaperDate.OfYear(2021)));
        Assert.Equal(preprint, PaperDate.Merge(PaperDate.OfYear(2021), preprint));
        Assert.Equal(PaperDate.OfYear(2021), PaperDate.Merge(null, PaperDate.OfYear(2021)));
    }

    [Fact]
    public void Merged_records_keep_the_more_precise_date()
    {
        var yearOnly = YearOnlyPaper.Parse();
        var dated = yearOnly with { PublishedDate = PaperDate.Day(new DateTimeOffset(2021, 6, 6, 0, 0, 0, TimeSpan.Zero)) };

        var merged = PaperMerge.Merge(yearOnly, dated, yearOnly.Id);

        Assert.Equal(dated.PublishedDate, merged.PublishedDate);
        Assert.Equal(DatePrecision.Day, merged.PublishedPrecision);
    }

    [Fact]
    public void In_date_windows_a_year_counts_as_its_last_instant_and_no_date_counts_as_never()
    {
        var yearOnly = YearOnlyPaper.Parse();
        var undated = yearOnly with { PublishedDate = null };

        Assert.Equal(new DateTimeOffset(2021, 12, 31, 23, 59, 59, TimeSpan.Zero).ToUnixTimeSeconds(), PaperDocument.DateValue(yearOnly));
        Assert.Equal(long.MinValue, PaperDocument.DateValue(undated));
    }

    private static DateTimeOffset Seconds(DateTimeOffset d) => new(d.Ticks - (d.Ticks % TimeSpan.TicksPerSecond), d.Offset);
}
