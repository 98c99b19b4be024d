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

        // A wildcard in either spelling: the British paper is indexed in both, the American one has its prefix added.
        Assert.Equal(both, _bot.Ids("optimis*").Order(StringComparer.Ordinal));
        Assert.Equal(both, _bot.Ids("optimiz*").Order(StringComparer.Ordinal));
        Assert.Equal(both, _bot.Ids("abs:behaviou*").Order(StringComparer.Ordinal));

        // The snippet marks the word the paper wrote.
        var british = _bot.Search("behavior").Hits.Single(h => h.Id == "2501.00001");
        Assert.Contains("**behaviour**", british.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("optimis", "optimiz")]
    [InlineData("optimisation", "optimization")]
    [InlineData("reorganis", "reorganiz")]
    [InlineData("visualisa", "visualiza")]
    [InlineData("analys", "analyz")]
    [InlineData("behaviou", "behavior")]
    [InlineData("neighbourhood", "neighborhood")]
    [InlineData("colou", "color")]
    [InlineData("modelli", "modeling")]
    [InlineData("labelle", "labeled labeler")]
    [InlineData("centr", "center")]
    [InlineData("haemo", "hemo")]
    [InlineData("oesophag", "esophag")]
    [InlineData("programm", "program")]
    [InlineData("optim", "")]
    [InlineData("behavio", "")]
    [InlineData("model", "")]
    [InlineData("cent", "")]
    [InlineData("transform", "")]
    [InlineData("ha", "")]
    public void A_wildcards_british_prefix_also_reads_the_american_words_it_begins(string prefix, string american) =>
        Assert.Equal(american.Split(' ', StringSplitOptions.RemoveEmptyEntries), BritishSpellings.AmericanPrefixes(prefix));

    [Fact]
    public void A_british_wildcard_finds_american_papers_marks_their_words_and_reads_no_wider()
    {
        _bot.Papers.UpsertBatch(
        [
            Paper("2501.00002", "Optimization of quantized transformers", "We study neighborhood attention and its behavior."),
            Paper("2501.00005", "Modeling long contexts", "Sequence modeling with state spaces."),
            Paper("2501.00006", "Large models", "Scaling models and their data."),
        ]);

        Assert.Equal(["2501.00002"], _bot.Ids("optimis*"));
        var hit = Assert.Single(_bot.Search("behaviou*").Hits);
        Assert.Equal("2501.00002", hit.Id);
        Assert.Contains("**behavior**", hit.Snippet, StringComparison.Ordinal);

        // modell* stands for modelling, modelled, modeller: the American modeling, not every paper about models.
        Assert.Equal(["2501.00005"], _bot.Ids("modell*"));
        Assert.Equal(["2501.00005", "2501.00006"], _bot.Ids("model*").Order(StringComparer.Ordinal));
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
            new() { Id = 3, ChannelId = 1, Name = "wildcard", Query = "ti:optimis* AND colou*" },
        ];

        var matched = new WatchMatcher().Match(papers, watches).ToLookup(m => m.Watch.Name, m => m.Paper.Id);

        string[] both = ["2501.00001", "2501.00002"];
        Assert.Equal(both, matched["british"].Order(StringComparer.Ordinal));
        Assert.Equal(both, matched["american"].Order(StringComparer.Ordinal));
        Assert.Equal(both, matched["wildcard"].Order(StringComparer.Ordinal));
    }

    private static Paper Paper(string id, string title, string abstractText) =>
        TestPapers.Arxiv(id) with { Title = title, Abstract = abstractText };

    private static List<string> Tokens(PaperAnalyzer analyzer, string text) => AnalysedTerms.Of(analyzer, IndexFields.Abstract, text);
}
