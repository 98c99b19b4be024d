using DigestBot.Search;

namespace DigestBot.Tests.Search;

/// <summary><c>--since</c> read as people write it, against a fixed now.</summary>
public sealed class SinceOptionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("7d", "2026-11-30T10:30:00")]
    [InlineData("2w", "2026-11-23T10:30:00")]
    [InlineData("2 weeks", "2026-11-23T10:30:00")]
    [InlineData("3months", "2026-09-07T10:30:00")]
    [InlineData("1 Year", "2025-12-07T10:30:00")]
    [InlineData("10 days", "2026-11-27T10:30:00")]
    [InlineData("last week", "2026-11-30T10:30:00")]
    [InlineData("Last month", "2026-11-07T10:30:00")]
    [InlineData("2024-12-01", "2024-12-01T00:00:00")]
    [InlineData("2026-06", "2026-06-01T00:00:00")]
    [InlineData("2025", "2025-01-01T00:00:00")]
    [InlineData("yesterday", "2026-12-05T10:30:00")]
    [InlineData("Today", "2026-12-06T10:30:00")]
    [InlineData("2 weeks ago", "2026-11-23T10:30:00")]
    [InlineData("past month", "2026-11-07T10:30:00")]
    [InlineData("this year", "2026-01-01T00:00:00")]
    [InlineData("This month", "2026-12-01T00:00:00")]
    [InlineData("this week", "2026-12-07T00:00:00")]
    [InlineData("past year", "2025-12-07T10:30:00")]
    [InlineData("June 2026", "2026-06-01T00:00:00")]
    [InlineData("sept. 2025", "2025-09-01T00:00:00")]
    public void Spans_and_dates_give_the_first_instant_of_the_window(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected + "+00:00", System.Globalization.CultureInfo.InvariantCulture), SinceOption.Parse(text, Now));
    }

    [Theory]
    [InlineData("2026-12-13T23:59:00", "2026-12-07")]
    [InlineData("2026-12-10T08:00:00", "2026-12-07")]
    [InlineData("2027-01-03T12:00:00", "2026-12-28")]
    public void This_week_began_on_Monday(string now, string monday)
    {
        var at = DateTimeOffset.Parse(now + "+00:00", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateTimeOffset.Parse(monday + "T00:00:00+00:00", System.Globalization.CultureInfo.InvariantCulture), SinceOption.Parse("this week", at));
    }

    [Theory]
    [InlineData("the day before yesterday")]
    [InlineData("last fortnight")]
    [InlineData("0d")]
    [InlineData("2 weeks from now")]
    [InlineData("2026-13")]
    [InlineData("Smarch 2026")]
    [InlineData("June 26")]
    public void Anything_else_is_one_line_naming_the_forms(string text)
    {
        var error = Assert.Throws<FormatException>(() => SinceOption.Parse(text, Now));

        Assert.Equal($"--since must be 7d, 2w, 6m, 1y or YYYY-MM-DD (got '{text}')", error.Message);
    }
}
