using DigestBot.Summaries;

namespace DigestBot.Tests.Summaries;

public class PhraseCandidateTests
{
    private static IReadOnlyList<string> Texts(string title, string abstractText) =>
        [.. PhraseCandidates.Of(title, abstractText).Select(c => c.Text)];

    [Fact]
    public void Phrases_are_one_to_three_words_with_no_function_word_or_verb_at_either_edge()
    {
        var texts = Texts(string.Empty, "We propose a new method for layer normalization of deep transformer blocks.");

        Assert.Contains("layer normalization", texts);
        Assert.Contains("deep transformer blocks", texts);
        Assert.DoesNotContain(texts, t => t.Split(' ').Length > 3);
        Assert.DoesNotContain(texts, t => t.StartsWith("we ", StringComparison.OrdinalIgnoreCase) || t.StartsWith("propose", StringComparison.Ordinal));
        Assert.DoesNotContain("method", texts);
        Assert.DoesNotContain(texts, t => t.EndsWith(" of", StringComparison.Ordinal) || t.StartsWith("of ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_phrase_that_always_runs_on_into_the_same_word_is_not_a_phrase_of_its_own()
    {
        var texts = Texts(string.Empty, "Large language models are costly. Serving large language models is slow.");

        Assert.Contains("large language models", texts);
        Assert.DoesNotContain("large language", texts);
        Assert.DoesNotContain("large", texts);
    }

    [Fact]
    public void A_phrase_that_runs_on_into_several_different_words_is_a_unit()
    {
        var texts = Texts(string.Empty, "Traditional KV cache eviction strategies are costly. We optimize KV cache size with a KV cache budget.");

        Assert.Contains("KV cache", texts);
        Assert.Contains("cache eviction strategies", texts);
        Assert.DoesNotContain("KV cache eviction", texts);
    }

    [Fact]
    public void Punctuation_latex_and_links_cut_phrases()
    {
        var texts = Texts(string.Empty, "Attention, memory and $O(n \\log n)$ sorting; see https://github.com/x/attention-memory for code.");

        Assert.DoesNotContain(texts, t => t.Contains("attention memory", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(texts, t => t.Contains("log", StringComparison.Ordinal) || t.Contains("github", StringComparison.Ordinal));
        Assert.Contains("sorting", texts);
    }

    [Fact]
    public void Spellings_that_differ_in_case_plural_or_hyphen_share_one_key_and_the_abstract_spelling_wins()
    {
        var candidates = PhraseCandidates.Of("KV Caches for Transformers", "The KV-cache grows. Each KV cache is large.");

        var kv = candidates.Where(c => c.Key == "kv cache").ToList();
        Assert.Single(kv);
        Assert.Equal((1, 2), (kv[0].TitleCount, kv[0].AbstractCount));
        Assert.Contains(kv[0].Text, new[] { "KV-cache", "KV cache" });
    }

    [Fact]
    public void A_verb_opening_a_title_or_before_a_determiner_is_no_phrase()
    {
        var texts = Texts("Rethinking Image Inpainting", "Unleashing the power of attention needs care.");

        Assert.Contains("image inpainting", texts);
        Assert.DoesNotContain(texts, t => t.Contains("rethinking", StringComparison.OrdinalIgnoreCase) || t.Contains("unleashing", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("power of attention", texts);
    }

    [Fact]
    public void Latex_accents_keep_their_letter()
    {
        Assert.Contains("Poincare ResNet", Texts(string.Empty, "We propose Poincar\\'e ResNet, and Poincar\\'e ResNet works."));
    }
}
