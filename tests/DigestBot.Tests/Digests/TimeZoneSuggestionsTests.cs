using DigestBot.Digests;

namespace DigestBot.Tests.Digests;

/// <summary>A mistyped time zone is answered with the IANA names it may have meant.</summary>
public sealed class TimeZoneSuggestionsTests
{
    [Theory]
    [InlineData("berlin", "Europe/Berlin")]
    [InlineData("Berlin", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("new york", "America/New_York")]
    [InlineData(" Tokyo ", "Asia/Tokyo")]
    public void A_city_or_a_name_in_another_case_finds_its_zone(string typed, string zone)
    {
        Assert.Contains(zone, TimeZoneSuggestions.For(typed));
        Assert.EndsWith($"did you mean {zone}?", TimeZoneSuggestions.Hint(typed), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData("europe")]
    public void A_name_like_no_zone_suggests_nothing(string typed)
    {
        Assert.Empty(TimeZoneSuggestions.For(typed));
        Assert.Equal(string.Empty, TimeZoneSuggestions.Hint(typed));
    }
}
