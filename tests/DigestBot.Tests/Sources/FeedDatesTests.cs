using DigestBot.Sources;

namespace DigestBot.Tests.Sources;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Mon, 27 Apr 2026 00:00:00 -0400", "2026-04-27T04:00:00Z")]
    [InlineData("Mon, 2 Apr 2007 19:18:42 GMT", "2007-04-02T19:18:42Z")]
    [InlineData("Tue, 15 Sep 2026 08:00:00 UT", "2026-09-15T08:00:00Z")]
    [InlineData("Mon, 14 Sep 2026 17:45:00 EST", "2026-09-14T22:45:00Z")]
    [InlineData("Mon, 14 Sep 2026 17:45:00 PDT", "2026-09-15T00:45:00Z")]
    [InlineData("14 Sep 2026 10:00 +0200", "2026-09-14T08:00:00Z")]
    [InlineData("Thursday, 24 September 26 00:00:00 Z", "2026-09-24T00:00:00Z")]
    [InlineData("2026-04-12T22:09:27Z", "2026-04-12T22:09:27Z")]
    [InlineData("2016-10-09T00:00:00-04:00", "2016-10-09T04:00:00Z")]
    [InlineData("2024-02-23T16:08:30.941605+00:00", "2024-02-23T16:08:30.941605Z")]
    [InlineData("2026-06-12T00:00:00.000Z", "2026-06-12T00:00:00Z")]
    [InlineData("2022-03-15", "2022-03-15T00:00:00Z")]
    [InlineData("2026-09", "2026-09-01T00:00:00Z")]
    [InlineData("1972", "1972-01-01T00:00:00Z")]
    public void Rfc822_and_iso8601_dates_are_read_with_their_offsets(string text, string utc)
    {
        Assert.True(FeedDates.TryParse(text, out var value));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Mon, 31 Apr 2026 00:00:00 -0400")]
    [InlineData("Mon, 27 Foo 2026 00:00:00 -0400")]
    [InlineData("Mon, 27 Apr 2026 25:00:00 GMT")]
    [InlineData("Mon, 27 Apr 2026 10:00:00 XYZ")]
    [InlineData("Mon, 27 Apr 2026 10:00:00 +1500")]
    [InlineData("2026-13-45")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("18/04/2022")]
    public void Unreadable_or_implausible_dates_are_refused(string text) =>
        Assert.False(FeedDates.TryParse(text, out _));

    [Fact]
    public void Optional_date_is_fine_when_absent_and_a_problem_naming_the_field_when_bad()
    {
        Assert.True(FeedDates.TryOptional(null, "pubDate", out var none, out var noProblem));
        Assert.Null(none);
        Assert.Null(noProblem);
        Assert.False(FeedDates.TryOptional("soon", "pubDate", out _, out var problem));
        Assert.Equal("bad date in pubDate: 'soon'", problem);
    }
}
