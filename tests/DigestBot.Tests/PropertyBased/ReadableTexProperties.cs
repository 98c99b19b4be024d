using CsCheck;
using DigestBot.Commands;
using DigestBot.Papers;

namespace DigestBot.Tests.PropertyBased;

/// <summary>
/// <see cref="ReadableTex"/> fed random TeX-like text: it never throws, math it cannot read comes back exactly as
/// written, and markup made readable says the same as its text made readable, bold and all.
/// </summary>
public sealed class ReadableTexProperties
{
    private static readonly string[] Pieces =
    [
        "$", "$", "$$", "\\", "{", "}", "^", "_", " ", "\n", "x", "n", "2", "theta", "k-means", "*", "-", "# ", "[", "]", "`",
        "(", ")", "\\alpha", "\\theta", "\\frac", "\\sqrt", "\\sqrt[3]", "[n]", "\\mathbb", "\\mathcal", "\\mathrm", "\\text",
        "\\operatorname*", "\\hat", "\\left", "\\right", "\\right.", "\\log", "\\foo", "\\(", "\\)", "\\[", "\\]", "\\$", "\\&",
        "\\%", "\\_", "\\{", "\\}", "\\,", "\\!", "\\\\", "\\|", "é", "\uD835\uDC9C", "\uD800", "\uDC00", "~", "--", "^{", "_{",
        "{R}", "{n+1}", "{2}", "\\circ", "\\top",
    ];

    /// <summary>Pieces of math that hold no dollar, no escaped special and no lone backslash.</summary>
    private static readonly string[] MathPieces =
    [
        "x", "2", " ", "{", "}", "_", "^", "\\alpha", "\\frac", "\\sqrt", "\\sqrt[", "\\mathbb", "\\mathcal", "\\hat", "\\left",
        "\\right", "\\log", "\\foo", "\\text", "(", ")", "+", "\\,",
    ];

    private static readonly Gen<string> Texts = Gen.Frequency(
        (5, Gen.Int[0, Pieces.Length - 1].Array[0, 80].Select(ix => string.Concat(ix.Select(i => Pieces[i])))),
        (1, Gen.String[0, 300]));

    private static readonly Gen<string> UnreadableMath =
        Gen.Int[0, MathPieces.Length - 1].Array[1, 40].Select(ix => "$" + string.Concat(ix.Select(i => MathPieces[i])) + "^$");

    /// <summary>Pieces of text, each possibly bold.</summary>
    private static readonly Gen<(string Piece, bool Bold)[]> Marked =
        Gen.Select(Gen.Int[0, Pieces.Length - 1], Gen.Int[0, 3], (i, b) => (Pieces[i], b == 0)).Array[0, 60];

    [Fact]
    public void Any_text_comes_back_readable_without_an_exception() =>
        Property.Check(Texts, Holds, 3_000, 3301, Generators.Show, Shrinker.Text);

    [Fact]
    public void Math_that_cannot_be_read_comes_back_exactly_as_written() =>
        Property.Check(UnreadableMath, tex => Assert.Equal(tex, ReadableTex.Readable(tex)), 2_000, 3302, Generators.Show, Shrinker.Text);

    [Fact]
    public void Markup_made_readable_reads_as_its_text_made_readable_with_no_empty_bold() =>
        Property.Check(Marked, MarkupHolds, 2_000, 3303, p => Generators.Show(Markup(p)));

    private static void Holds(string tex)
    {
        var readable = ReadableTex.Readable(tex);

        Assert.NotNull(readable);
        if (!tex.Contains('$', StringComparison.Ordinal) && !tex.Contains('\\', StringComparison.Ordinal))
        {
            Assert.Same(tex, readable);
        }

        // Nothing is multiplied: every character comes from at most a few of the source's.
        Assert.InRange(readable.Length, 0, (2 * tex.Length) + 2);
    }

    private static void MarkupHolds((string Piece, bool Bold)[] pieces)
    {
        var markup = Markup(pieces);

        var readable = ReadableTex.ReadableMarkup(markup);

        Assert.Equal(ReadableTex.Readable(ReplyMarkup.PlainText(markup)), ReplyMarkup.PlainText(readable));
        Assert.All(ReplyMarkup.Parse(readable).Where(s => s.Kind == MarkupKind.Bold), s => Assert.False(string.IsNullOrWhiteSpace(s.Text)));
    }

    /// <summary>The pieces as snippet markup: text escaped, bold pieces (never blank ones, never across a line) in marks.</summary>
    private static string Markup((string Piece, bool Bold)[] pieces) =>
        string.Concat(pieces.Select((p, i) =>
            p.Bold && !string.IsNullOrWhiteSpace(p.Piece) && !p.Piece.Contains('\n', StringComparison.Ordinal)
                ? $"**{ReplyMarkup.Escape(p.Piece, startsLine: false)}**"
                : ReplyMarkup.Escape(p.Piece, startsLine: i == 0 || pieces[i - 1].Piece.EndsWith('\n'))));
}
