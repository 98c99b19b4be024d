using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Tests.Support;
using DigestBot.Watches;

namespace DigestBot.Tests.Search;

/// <summary>
/// A researcher who writes British English finds the papers written in American English and the other way round:
/// "optimisation" finds "optimization", a watch on "quantisation" matches a paper on "quantization", and words that
/// only look like British spellings ("precise", "analyses", "controlled") are left alone.
/// </summary>
public sealed class BritishSpellingTests : IDisposable
{
    private readonly SearchHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("optimisation", "optimization")]
    [InlineData("optimisations", "optimizations")]
    [InlineData("optimised", "optimized")]
    [InlineData("tokenising", "tokenizing")]
    [InlineData("optimiser", "optimizer")]
    [InlineData("reorganised", "reorganized")]
    [InlineData("generalisability", "generalizability")]
    [InlineData("lemmatisation", "lemmatization")]
    [InlineData("analysed", "analyzed")]
    [InlineData("behavioural", "behavioral")]
    [InlineData("neighbours", "neighbors")]
    [InlineData("unfavourable", "unfavorable")]
    [InlineData("modelling", "modeling")]
    [InlineData("labelled", "labeled")]
    [InlineData("counsellor", "counselor")]
    [InlineData("marvellous", "marvelous")]
    [InlineData("haemoglobin", "hemoglobin")]
    [InlineData("oesophageal", "esophageal")]
    [InlineData("sulphate", "sulfate")]
    [InlineData("centre", "center")]
    [InlineData("centred", "centered")]
    [InlineData("centring", "centering")]
    [InlineData("manoeuvring", "maneuvering")]
    [InlineData("greyscale", "grayscale")]
    [InlineData("learnt", "learned")]
    [InlineData("practising", "practicing")]
    [InlineData("catalogued", "cataloged")]
    public void A_british_spelling_has_its_american_form(string british, string american)
    {
        Assert.True(BritishSpellings.TryAmerican(british, out var form));
        Assert.Equal(american, form);
    }

    [Theory]
    [InlineData("optimization")]
    [InlineData("precise")]
    [InlineData("noise")]
    [InlineData("promise")]
    [InlineData("exercise")]
    [InlineData("analysis")]
    [InlineData("analyses")]
    [InlineData("synthesis")]
    [InlineData("hypothesis")]
    [InlineData("controlled")]
    [InlineData("cancellation")]
    [InlineData("contour")]
    [InlineData("journal")]
    [InlineData("improvisation")]
    [InlineData("organism")]
    [InlineData("criticism")]
    [InlineData("anaerobic")]
    [InlineData("homogeneous")]
    [InlineData("dialysis")]
    public void A_word_that_only_looks_british_is_left_alone(string word)
    {
        Assert.False(BritishSpellings.TryAmerican(word, out _));
    }

    [Fact]
    public void The_index_keeps_both_spellings_and_a_query_takes_the_american_one()
    {
        Assert.Equal(["optimisation", "optimis", "optimization", "optim"], Tokens(PaperAnalyzer.ForIndexing, "Optimisation"));
        Assert.Equal(["optim"], Tokens(PaperAnalyzer.ForQueries, "Optimisation"));
        Assert.Equal(["neighborhood", "attent"], Tokens(PaperAnalyzer.ForQueries, "neighbourhood attention"));
    }

    [Fact]
    public void Search_in_either_spelling_finds_papers_in_either_and_a_phrase_keeps_its_words_together()
    {
        _bot.Papers.UpsertBatch(
        [
            Paper("2501.00001", "Optimisation of quantised transformers", "We study neighbourhood attention and its behaviour."),
            Paper("2501.00002", "Optimization of quantized transformers", "We study neighborhood attention and its behavior."),
            Paper("2501.00003", "Attention in the neighbourhood of a fixed point", "Sparse attention for long inputs."),
        ]);

        string[] both = ["2501.00001", "2501.00002"];
        Assert.Equal(both, _bot.Ids("optimisation").Order(StringComparer.Ordinal));
        Assert.Equal(both, _bot.Ids("optimization").Order(StringComparer.Ordinal));
        Assert.Equal(both, _bot.Ids("ti:quantisation").Order(StringComparer.Ordinal));
        Assert.Equal(both, _bot.Ids("\"neighbourhood attention\"").Order(StringComparer.Ordinal));
        Assert.Equal(both, _bot.Ids("\"neighborhood attention\"").Order(StringComparer.Ordinal));

        // A wildcard reads the words as written: the British paper keeps its own spelling in the index.
        Assert.Equal(["2501.00001"], _bot.Ids("optimis*"));

        // The snippet marks the word the paper wrote.
        var british = _bot.Search("behavior").Hits.Single(h => h.Id == "2501.00001");
        Assert.Contains("**behaviour**", british.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_in_british_english_is_answered_from_american_papers_as_free_text()
    {
        _bot.Papers.UpsertBatch(
        [
            Paper("2501.00002", "Optimization of quantized transformers", "We study neighborhood attention and its behavior."),
            Paper("2501.00004", "A survey of graph learning", "Graphs and their learning."),
        ]);

        var answer = _bot.Typed("how is quantisation of transformers optimised?");

        // Without the American forms no paper has any of the three words.
        Assert.Equal("2501.00002", Assert.Single(answer.Hits).Id);
    }

    [Fact]
    public void A_watch_in_one_spelling_matches_new_papers_in_the_other()
    {
        Paper[] papers =
        [
            Paper("2501.00001", "Optimisation of quantised transformers", "Colour and behaviour."),
            Paper("2501.00002", "Optimization of quantized transformers", "Color and behavior."),
            Paper("2501.00003", "A survey of graph learning", "Graphs and their learning."),
        ];
        Watch[] watches =
        [
            new() { Id = 1, ChannelId = 1, Name = "british", Query = "quantisation AND abs:behaviour" },
            new() { Id = 2, ChannelId = 1, Name = "american", Query = "\"quantized transformers\"" },
        ];

        var matched = new WatchMatcher().Match(papers, watches).ToLookup(m => m.Watch.Name, m => m.Paper.Id);

        string[] both = ["2501.00001", "2501.00002"];
        Assert.Equal(both, matched["british"].Order(StringComparer.Ordinal));
        Assert.Equal(both, matched["american"].Order(StringComparer.Ordinal));
    }

    private static Paper Paper(string id, string title, string abstractText) =>
        TestPapers.Arxiv(id) with { Title = title, Abstract = abstractText };

    private static List<string> Tokens(PaperAnalyzer analyzer, string text) => AnalysedTerms.Of(analyzer, IndexFields.Abstract, text);
}
