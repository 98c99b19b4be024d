using DigestBot.Search;
using DigestBot.Tests.Digests;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace DigestBot.Tests.Search;

public class UnstemmedAlongsideFilterTests
{
    public static TheoryData<string> Texts()
    {
        string[] edges =
        [
            "Normalizing layers: the normalization layer's effect on normalized models",
            "running runs ran runner", "a", "", "   ", "studies studying studied study",
            "Ramírez's transformers' attention — état de l'art, naïve coöperation",
            "x1 2026 v2 1706.03762 e-mail COVID-19 GPT-4o",
            "generalization generalizations generalize generalized generalizes generally general",
            "optimisation of colour modelling in the centre: greyscale behaviour, learnt and centred",
        ];

        // Distinct texts only: some recorded papers have no abstract, and xunit skips repeated cases.
        var texts = edges.Concat(WatchMatcherAgreementTests.Papers.SelectMany(p => new[] { p.Title, p.Abstract }))
            .Distinct(StringComparer.Ordinal);
        return [.. texts];
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Gives_the_tokens_of_Lucenes_keyword_repeat_stem_and_dedupe_chain(string text)
    {
        var expected = Tokens(Reference, text);
        var actual = Tokens(PaperAnalyzer.ForIndexing, text);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Keeps_the_word_and_adds_its_stem_at_the_same_position_only_when_they_differ()
    {
        var tokens = Tokens(PaperAnalyzer.ForIndexing, "normalization model runs");

        Assert.Equal(
            [("normalization", 1, 0, 13), ("normal", 0, 0, 13), ("model", 1, 14, 19), ("runs", 1, 20, 24), ("run", 0, 20, 24)],
            tokens);
    }

    [Fact]
    public void A_reused_stream_starts_clean_after_a_text_that_ended_on_a_stemmed_word()
    {
        Assert.Equal(["studies", "studi"], Tokens(PaperAnalyzer.ForIndexing, "studies").Select(t => t.Term));
        Assert.Equal(["model"], Tokens(PaperAnalyzer.ForIndexing, "model").Select(t => t.Term));
    }

    /// <summary>The chain the filter replaced, built from Lucene's own filters.</summary>
    private static readonly Analyzer Reference = Analyzer.NewAnonymous((field, reader) =>
    {
        var source = new StandardTokenizer(PaperAnalyzer.Version, reader);
        TokenStream stream = new StandardFilter(PaperAnalyzer.Version, source);
        stream = new EnglishPossessiveFilter(PaperAnalyzer.Version, stream);
        stream = new ASCIIFoldingFilter(new LowerCaseFilter(PaperAnalyzer.Version, stream));
        stream = new StopFilter(PaperAnalyzer.Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new AmericanSpellingFilter(stream, keepBritish: true); // ours, before either way of keeping forms
        stream = new RemoveDuplicatesTokenFilter(new PorterStemFilter(new KeywordRepeatFilter(stream)));
        return new TokenStreamComponents(source, stream);
    });

    private static List<(string Term, int Increment, int Start, int End)> Tokens(Analyzer analyzer, string text)
    {
        var list = new List<(string, int, int, int)>();
        using var tokens = analyzer.GetTokenStream(IndexFields.Abstract, text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        var increment = tokens.AddAttribute<IPositionIncrementAttribute>();
        var offset = tokens.AddAttribute<IOffsetAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken())
        {
            list.Add((term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
        }

        tokens.End();
        return list;
    }
}
