using DigestBot.Semantic;

namespace DigestBot.Tests.Semantic;

public sealed class SemanticStatusLineTests
{
    [Theory]
    [InlineData(41_200, 10_800, 360.0, "41,200 of 52,000 papers embedded, ~6 min left")]
    [InlineData(90, 4, 40.0, "90 of 94 papers embedded, ~40 s left")]
    [InlineData(1_000, 500_000, 18_000.0, "1,000 of 501,000 papers embedded, ~5.0 h left")]
    [InlineData(94, 0, null, "94 of 94 papers embedded")]
    [InlineData(0, 20, null, "0 of 20 papers embedded, the rest when the bot runs (or run embed)")]
    [InlineData(0, 0, null, "0 papers embedded: none stored is dated within Semantic:Since (embed --all embeds older ones)")]
    public void The_line_says_how_many_have_vectors_of_how_many_and_the_time_left(int embedded, int queued, double? seconds, string line) =>
        Assert.Equal(line, new SemanticStatus(true, embedded, queued, seconds).Line);

    [Fact]
    public void Papers_queued_while_they_have_a_vector_count_once_among_the_embedded() =>
        Assert.Equal(
            "1,000,000 of 1,000,001 papers embedded (999,999 changed since, to renew), ~2.0 h left",
            new SemanticStatus(true, 1_000_000, 1_000_000, 7_200) { Held = 999_999 }.Line);

    [Fact]
    public void Off_and_still_counting_say_so() =>
        Assert.Equal(
            ["off (DigestBot:Semantic:Enabled is false)", "12 papers embedded, counting the rest"],
            [new SemanticStatus(false, 0, null, null).Line, new SemanticStatus(true, 12, null, null).Line]);
}
