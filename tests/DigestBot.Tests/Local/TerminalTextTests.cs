using DigestBot.Commands;
using DigestBot.Local;

namespace DigestBot.Tests.Local;

public sealed class TerminalTextTests
{
    [Fact]
    public void A_digest_card_prints_its_links_as_addresses_and_its_small_print_without_the_marker()
    {
        var reply = new Reply
        {
            Text = "📚 1 new paper\n-# digest 0-1 · part 1/1",
            Cards =
            [
                new Card("Mix-LN: Unleashing the Power of Deeper Layers")
                {
                    Fields = [new CardField("Links", "[abs](https://arxiv.org/abs/2412.13795) · [PDF](https://arxiv.org/pdf/2412.13795)")],
                },
            ],
        };
        using var output = new StringWriter { NewLine = "\n" };

        ConsoleReplyRenderer.Render(reply, output, TextWriter.Null);

        Assert.Equal(
            "📚 1 new paper\ndigest 0-1 · part 1/1\n\nMix-LN: Unleashing the Power of Deeper Layers\n"
            + "  Links: abs https://arxiv.org/abs/2412.13795 · PDF https://arxiv.org/pdf/2412.13795\n",
            output.ToString());
    }

    [Theory]
    [InlineData("matched **layer** **normalization**", "matched **layer** **normalization**")]
    [InlineData("a title with [brackets] and (parentheses)", "a title with [brackets] and (parentheses)")]
    [InlineData("not a link: [x](javascript:alert(1))", "not a link: [x](javascript:alert(1))")]
    [InlineData("a dash -# inside a line stays", "a dash -# inside a line stays")]
    public void Text_that_is_not_our_markup_is_printed_as_it_is(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Plain(text));
}
