using CsCheck;
using DigestBot.Papers;

namespace DigestBot.Tests.PropertyBased;

/// <summary>
/// Paper id parsing, fed anything a user or a source could hand it: it answers yes or no without an exception, what
/// it accepts has a canonical form that parses back to the same id (stored keys are parsed again later), and its
/// refusal is one line.
/// </summary>
public sealed class PaperIdProperties
{
    private static readonly string[] Pieces =
    [
        "https://", "http://", "www.", "export.", "arxiv.org/", "abs/", "pdf/", "html/", "huggingface.co/papers/", "doi.org/",
        "dx.", "doi:", "arxiv:", "oai:arxiv.org:", "src:", "10.", "48550/", "arxiv.", "1145", "/", ".", "v", "v2", "v0",
        "v99999999999", "2412", "13795", "0704", "1501", "9901001", "hep-th", "math.CA", "astro-ph", ".pdf", "%2F", "%25",
        "%20", "%0A", "%", " ", "\t", "\n", "x", "A", "0", "1", "9", "\u0663", "\uFF11", "é", "\u0000", "\uD800",
    ];

    /// <summary>ASCII digits and two that are digits to Unicode but not to int.Parse.</summary>
    private static readonly Gen<char> Digits = Gen.Char["0123456789012345678\u0663\uFF11"];

    private static readonly Gen<string> Texts = Gen.Frequency(
        (5, Gen.Int[0, Pieces.Length - 1].Array[0, 12].Select(ix => string.Concat(ix.Select(i => Pieces[i])))),
        (1, Gen.String[0, 80]),
        (1, Gen.Char["0123456789.v/"].Array[0, 20].Select(c => new string(c))),
        (1, Gen.Select(Digits.Array[4], Digits.Array[4, 5], (a, b) => $"{new string(a)}.{new string(b)}")));

    [Fact]
    public void Any_text_is_an_id_whose_canonical_form_reads_back_the_same_or_a_one_line_refusal() =>
        Property.Check(Texts, Holds, 5_000, 3301, Generators.Show, Shrinker.Text);

    private static void Holds(string text)
    {
        if (!PaperId.TryParse(text, out var id))
        {
            var message = PaperId.InvalidMessage(text);
            Assert.False(message.Any(char.IsControl), $"refusal is not one clean line: {Generators.Show(message)}");
            return;
        }

        Assert.True(PaperId.TryParse(id.ToString(), out var again), $"{id} does not parse back");
        Assert.Equal(id, again);
        Assert.True(PaperId.TryParse(id.Key, out var byKey), $"key {id.Key} does not parse back");
        Assert.Equal(id.Unversioned, byKey);
    }
}
