using DigestBot.Discord;

namespace DigestBot.Discord.Tests;

public class SnowflakeTests
{
    [Fact]
    public void The_documented_example_snowflake_decodes_to_its_timestamp()
    {
        // Discord's reference example: 175928847299117063 was created 2016-04-30 11:18:25.796 UTC.
        Assert.Equal(new DateTimeOffset(2016, 4, 30, 11, 18, 25, 796, TimeSpan.Zero), Snowflake.CreatedAt(175928847299117063));
    }

    [Theory]
    [InlineData("175928847299117063", true, 175928847299117063UL)]
    [InlineData("18446744073709551615", true, ulong.MaxValue)]
    [InlineData("0", false, 0UL)]
    [InlineData("-1", false, 0UL)]
    [InlineData(" 1", false, 0UL)]
    [InlineData("18446744073709551616", false, 0UL)]
    [InlineData("abc", false, 0UL)]
    [InlineData(null, false, 0UL)]
    public void Snowflakes_parse_from_strings_only_when_they_are_positive_64_bit_integers(string? text, bool ok, ulong expected)
    {
        Assert.Equal(ok, Snowflake.TryParse(text, out var id));
        Assert.Equal(expected, id);
    }
}
