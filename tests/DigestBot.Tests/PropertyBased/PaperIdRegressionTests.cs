using DigestBot.Papers;

namespace DigestBot.Tests.PropertyBased;

/// <summary>The inputs <see cref="PaperIdProperties"/> found, shrunk, kept as plain tests.</summary>
public sealed class PaperIdRegressionTests
{
    [Theory]
    [InlineData("2\u066300.4696")]
    [InlineData("2412.1379\uFF15")]
    [InlineData("hep-th/990100\u0661")]
    [InlineData("10.\u0661\u0661\u0664\u0665/x")]
    public void Digits_that_are_not_ascii_are_not_an_id_and_throw_nothing(string text)
    {
        // "2٣00.4696" matched \d and then int.Parse threw FormatException out of TryParse.
        Assert.False(PaperId.TryParse(text, out _));
    }

    [Fact]
    public void The_refusal_of_a_pasted_line_break_is_one_line()
    {
        Assert.DoesNotContain('\n', PaperId.InvalidMessage("2412.\n13795"));
        Assert.StartsWith("'2412. 13795' is not a paper id", PaperId.InvalidMessage("2412.\n13795"), StringComparison.Ordinal);
    }
}
