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

    [Fact]
    public void Cards_without_a_line_above_them_start_the_output_and_are_parted_from_each_other()
    {
        var reply = new Reply
        {
            Cards = [new Card("MiniMax Sparse Attention") { Url = "https://arxiv.org/abs/2606.13392" }, new Card("Mix-LN")],
        };
        using var output = new StringWriter { NewLine = "\n" };

        ConsoleReplyRenderer.Render(reply, output, TextWriter.Null);

        Assert.Equal("MiniMax Sparse Attention\n  https://arxiv.org/abs/2606.13392\n\nMix-LN\n", output.ToString());
    }

    [Fact]
    public void Paper_text_escaped_into_a_reply_prints_without_backslashes_and_a_watch_query_keeps_its_backticks()
    {
        var hostile = "**x** [a](https://evil.example) `q` \\alpha -# not small";
        var reply = new Reply
        {
            Text = ReplyMarkup.Escape(hostile),
            Cards = [new Card(hostile) { Description = ReplyMarkup.Bold(hostile), Fields = [new CardField("1. ai", $"{ReplyMarkup.Code("ti:testing")} · added 2026-03-02")] }],
        };
        using var output = new StringWriter { NewLine = "\n" };

        ConsoleReplyRenderer.Render(reply, output, TextWriter.Null);

        Assert.Equal($"{hostile}\n\n{hostile}\n  1. ai: `ti:testing` · added 2026-03-02\n  **{hostile}**\n", output.ToString());
    }

    [Theory]
    [InlineData("matched **layer** **normalization**", "matched **layer** **normalization**")]
    [InlineData("a title with [brackets] and (parentheses)", "a title with [brackets] and (parentheses)")]
    [InlineData("not a link: [x](javascript:alert(1))", "not a link: [x](javascript:alert(1))")]
    [InlineData("a dash -# inside a line stays", "a dash -# inside a line stays")]
    public void Text_that_is_not_our_markup_is_printed_as_it_is(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Plain(text));

    [Fact]
    public void On_a_terminal_bold_markup_is_ansi_bold_and_escaped_stars_stay_text()
    {
        var markup = "matched **layer** and " + ReplyMarkup.Escape("**not bold**");

        Assert.Equal("matched \u001b[1mlayer\u001b[22m and **not bold**", TerminalText.Plain(markup, bold: true));
        Assert.Equal("matched **layer** and **not bold**", TerminalText.Plain(markup));
    }

    [Fact]
    public void A_writer_that_is_not_the_console_gets_no_ansi() =>
        Assert.False(TerminalStyle.SupportsBold(new StringWriter()));
}
