using DigestBot.Sources;
using DigestBot.Summaries;
using DigestBot.Tests.Sources;

namespace DigestBot.Tests.Summaries;

public class ExtractiveSummarizerTests
{
    public static TheoryData<string> RealAbstracts()
    {
        var data = new TheoryData<string>();
        foreach (var file in new[] { "arxiv_api_2026-04_search_all-testing_10_entries.xml", "arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml" })
        {
            foreach (var item in ArxivApiParser.Parse(Fixtures.Recorded(file), Fixtures.SeenAt).Items)
            {
                data.Add(item.Paper.Abstract);
            }
        }

        // The page of real daily papers in tests/fixtures/data: 94 abstracts with "e.g.", "i.e.", decimals and LaTeX.
        foreach (var (_, abstractText) in DigestBot.Tests.Search.DailyPapersPage.TitlesAndAbstracts)
        {
            data.Add(abstractText);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealAbstracts))]
    public void A_tldr_is_one_or_two_whole_sentences_of_the_abstract_within_the_budget(string abstractText)
    {
        var tldr = ExtractiveSummarizer.Summarize(abstractText, 300);

        var sentences = SentenceSplitter.Split(abstractText);
        var picked = SentenceSplitter.Split(tldr);
        Assert.InRange(tldr.Length, 1, 300);
        if (sentences.Any(s => s.Length <= 300))
        {
            Assert.InRange(picked.Count, 1, 2);
            Assert.All(picked, s => Assert.Contains(s, sentences));
            Assert.Equal(picked, sentences.Where(picked.Contains));
        }
    }

    [Fact]
    public void The_contribution_sentence_beats_background()
    {
        const string text = "Large language models are widely used. Their deeper layers are often redundant. "
            + "We propose Mix-LN, a normalization that combines Pre-LN and Post-LN to keep gradients healthy in deep layers. "
            + "Experiments cover models from 70M to 7B parameters.";

        var tldr = ExtractiveSummarizer.Summarize(text, 130);

        Assert.Equal("We propose Mix-LN, a normalization that combines Pre-LN and Post-LN to keep gradients healthy in deep layers.", tldr);
    }

    [Fact]
    public void The_tldr_of_attention_is_all_you_need_is_what_it_proposes_not_its_bleu_score()
    {
        var paper = SemanticScholarParser.Parse(Fixtures.Recorded("semantic_scholar_paper_2026-03_ARXIV-1706.03762.json"), Fixtures.SeenAt).Items[0].Paper;

        var tldr = ExtractiveSummarizer.Summarize(paper.Abstract, 300);

        Assert.StartsWith(
            "We propose a new simple network architecture, the Transformer, based solely on attention mechanisms, dispensing with recurrence and convolutions entirely.",
            tldr,
            StringComparison.Ordinal);
        Assert.DoesNotContain("BLEU", tldr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RealAbstracts))]
    public void An_abstract_that_states_its_contribution_has_that_sentence_in_its_tldr(string abstractText)
    {
        var sentences = SentenceSplitter.Split(abstractText);
        var contributions = sentences.Where(s => s.Length <= 300 && ExtractiveSummarizer.StatesContribution(s)).ToList();

        var tldr = SentenceSplitter.Split(ExtractiveSummarizer.Summarize(abstractText, 300));

        if (contributions.Count > 0)
        {
            Assert.Contains(tldr, contributions.Contains);
        }
    }

    [Theory]
    [InlineData("We propose Mix-LN, a new normalization.", true)]
    [InlineData("In this paper, we introduce the Curse of Depth.", true)]
    [InlineData("This paper presents a new vision Transformer, called Swin Transformer.", true)]
    [InlineData("To address this, we introduce Mix-LN.", true)]
    [InlineData("A novel layer-adaptive pruning approach is proposed.", true)]
    [InlineData("Here we develop a method for KV cache compression.", true)]
    [InlineData("Our model achieves 28.4 BLEU on the WMT 2014 English-to-German translation task.", false)]
    [InlineData("Large language models have achieved remarkable success.", false)]
    public void Contribution_sentences_are_told_from_result_and_background_sentences(string sentence, bool contribution)
    {
        Assert.Equal(contribution, ExtractiveSummarizer.StatesContribution(sentence));
    }

    [Fact]
    public void When_no_sentence_fits_the_best_is_cut_at_a_word_boundary()
    {
        var tldr = ExtractiveSummarizer.Summarize("We propose a remarkably long contribution sentence that goes on and on.", 30);

        Assert.Equal("We propose a remarkably long…", tldr);
        Assert.True(tldr.Length <= 30);
    }

    [Fact]
    public void An_empty_abstract_gives_an_empty_tldr()
    {
        Assert.Equal(string.Empty, ExtractiveSummarizer.Summarize("  ", 300));
    }
}
