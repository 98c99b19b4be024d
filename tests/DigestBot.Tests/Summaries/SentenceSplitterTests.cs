using DigestBot.Summaries;

namespace DigestBot.Tests.Summaries;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("Models fail on long inputs, e.g. books and codebases. We fix this.", "Models fail on long inputs, e.g. books and codebases.")]
    [InlineData("Baselines (e.g., BERT) lag. We fix this.", "Baselines (e.g., BERT) lag.")]
    [InlineData("Only one layer, i.e. The Last, matters. We fix this.", "Only one layer, i.e. The Last, matters.")]
    [InlineData("As Vaswani et al. Showed, attention works. We fix this.", "As Vaswani et al. Showed, attention works.")]
    [InlineData("As shown in Fig. 2 the loss drops. We fix this.", "As shown in Fig. 2 the loss drops.")]
    [InlineData("See Eq. 3 and Sec. 4 for details. We fix this.", "See Eq. 3 and Sec. 4 for details.")]
    [InlineData("Accuracy rises by 3.5 points to 82.1%. We fix this.", "Accuracy rises by 3.5 points to 82.1%.")]
    [InlineData("We release v2.1 of GPT-3.5 tools. We fix this.", "We release v2.1 of GPT-3.5 tools.")]
    [InlineData("The bound is $O(n. \\log n)$. We fix this.", "The bound is $O(n. \\log n)$.")]
    [InlineData("Proposed by J. Smith in 2020. We fix this.", "Proposed by J. Smith in 2020.")]
    [InlineData("Code is at github.com/x/y. We fix this.", "Code is at github.com/x/y.")]
    [InlineData("Is it possible?! We fix this.", "Is it possible?!")]
    public void Tricky_periods_do_not_end_sentences(string text, string first)
    {
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal([first, "We fix this."], sentences);
    }

    [Fact]
    public void Hard_wrapped_abstracts_are_rejoined_into_single_spaced_sentences()
    {
        var sentences = SentenceSplitter.Split("  We study\n  attention.  It works\nwell.\n");

        Assert.Equal(["We study attention.", "It works well."], sentences);
    }

    [Fact]
    public void A_sentence_in_dimension_d_still_ends_at_its_lower_case_variable()
    {
        Assert.Equal(2, SentenceSplitter.Split("We embed points in dimension d. Then we sort them.").Count);
    }

    [Fact]
    public void Text_without_terminal_punctuation_is_one_sentence()
    {
        Assert.Equal(["A title-like fragment"], SentenceSplitter.Split("A title-like fragment"));
        Assert.Empty(SentenceSplitter.Split("   "));
    }
}
