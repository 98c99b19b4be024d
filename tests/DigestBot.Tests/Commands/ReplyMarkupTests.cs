using CsCheck;
using DigestBot.Commands;
using DigestBot.Tests.PropertyBased;

namespace DigestBot.Tests.Commands;

public sealed class ReplyMarkupTests
{
    /// <summary>Pieces that are markup, or nearly: escapes, marks, brackets, links, line starts.</summary>
    private static readonly string[] Pieces =
    [
        "\\", "\\\\", "*", "**", "`", "[", "]", "(", ")", "-", "-# ", "# ", "> ", "\n", " ", "a", "é", "😀",
        "https://arxiv.org/abs/1", "](https://e.example)", "[x](https://e.example)", "javascript:", "@everyone", "<@123>",
    ];

    private static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Array[0, 40].Select(ix => string.Concat(ix.Select(i => Pieces[i])));

    private static MarkupSpan Single(string markup) => Assert.Single(ReplyMarkup.Parse(markup));

    [Fact]
    public void Any_text_escaped_reads_back_as_exactly_that_text_with_no_markup_in_it() =>
        Property.Check(
            Text,
            text =>
            {
                var spans = ReplyMarkup.Parse(ReplyMarkup.Escape(text));
                Assert.All(spans, s => Assert.Equal(MarkupKind.Text, s.Kind));
                Assert.Equal(text, string.Concat(spans.Select(s => s.Text)));
            },
            iterations: 2000,
            seed: 17,
            show: t => t);

    [Fact]
    public void Text_escaped_and_put_beside_markup_keeps_both_apart() =>
        Property.Check(
            Gen.Select(Text, Text.Where(t => t.Trim().Length > 0 && !t.Contains('\n', StringComparison.Ordinal))),
            pair =>
            {
                var (before, bold) = pair;
                var spans = ReplyMarkup.Parse(ReplyMarkup.Escape(before) + ReplyMarkup.Bold(bold) + ReplyMarkup.Link("abs", "https://arxiv.org/abs/1"));
                var link = spans[^1];
                Assert.Equal((MarkupKind.Link, "abs", "https://arxiv.org/abs/1"), (link.Kind, link.Text, link.Url));
                Assert.Equal((MarkupKind.Bold, bold), (spans[^2].Kind, spans[^2].Text));
                Assert.Equal(before, string.Concat(spans.SkipLast(2).Select(s => s.Text)));
                Assert.All(spans.SkipLast(2), s => Assert.Equal(MarkupKind.Text, s.Kind));
            },
            iterations: 2000,
            seed: 23,
            show: p => $"{p.Item1} | {p.Item2}");

    [Theory]
    [InlineData("**Attention** is [all](https://evil.example) you `need`")]
    [InlineData("-# small print")]
    [InlineData("ends in a backslash \\")]
    public void The_builders_take_hostile_text_as_text(string hostile)
    {
        Assert.Equal((MarkupKind.Bold, hostile), (Single(ReplyMarkup.Bold(hostile)).Kind, Single(ReplyMarkup.Bold(hostile)).Text));
        Assert.Equal((MarkupKind.Link, hostile), (Single(ReplyMarkup.Link(hostile, "https://arxiv.org")).Kind, Single(ReplyMarkup.Link(hostile, "https://arxiv.org")).Text));
    }

    [Fact]
    public void A_link_only_links_http_addresses_and_encodes_what_would_end_it_early()
    {
        var script = Single(ReplyMarkup.Link("code", "javascript:alert(1)"));
        var parens = Single(ReplyMarkup.Link("code", "https://example.org/a_(b)*c d"));

        Assert.Equal((MarkupKind.Text, "code"), (script.Kind, script.Text));
        Assert.Equal((MarkupKind.Link, "https://example.org/a_%28b%29%2Ac%20d"), (parens.Kind, parens.Url));
    }

    [Fact]
    public void Code_that_cannot_be_a_code_span_is_text()
    {
        Assert.Equal((MarkupKind.Code, "ti:testing"), (Single(ReplyMarkup.Code("ti:testing")).Kind, Single(ReplyMarkup.Code("ti:testing")).Text));
        Assert.Equal((MarkupKind.Text, "a `b` c"), (Single(ReplyMarkup.Code("a `b` c")).Kind, Single(ReplyMarkup.Code("a `b` c")).Text));
    }

    [Theory]
    [InlineData("a ** b")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("`open")]
    [InlineData("a -# inside a line")]
    [InlineData("**across\nlines**")]
    [InlineData("\\alpha \\{0,1\\}")]
    public void What_does_not_form_markup_is_text(string markup)
    {
        var spans = ReplyMarkup.Parse(markup);

        Assert.All(spans, s => Assert.Equal(MarkupKind.Text, s.Kind));
        Assert.Equal(markup, string.Concat(spans.Select(s => s.Text)));
    }

    [Fact]
    public void Adjacent_bold_words_and_small_print_parse_as_written()
    {
        var spans = ReplyMarkup.Parse("**a****b** c\n-# digest 5-1 · part 1/1");

        Assert.Equal(
            [(MarkupKind.Bold, "a"), (MarkupKind.Bold, "b"), (MarkupKind.Text, " c\n"), (MarkupKind.SmallPrint, ""), (MarkupKind.Text, "digest 5-1 · part 1/1")],
            spans.Select(s => (s.Kind, s.Text)));
    }
}
