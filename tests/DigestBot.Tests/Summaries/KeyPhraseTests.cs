using System.Text.RegularExpressions;
using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Summaries;
using DigestBot.Tests.Search;

namespace DigestBot.Tests.Summaries;

/// <summary>Key phrases of the real papers (the recorded fixtures and the daily papers page), weighed against their index.</summary>
public sealed class KeyPhraseTests(RealCorpus corpus) : IClassFixture<RealCorpus>
{
    private KeyPhrases KeyPhrases => new(corpus.Harness.Get<SearchService>());

    [Theory]
    [InlineData("Mix-LN: Unleashing", "Pre-LN", "Post-LN", "Mix-LN")]
    [InlineData("The Curse of Depth", "Pre-LN", "LayerNorm Scaling", "Curse of Depth")]
    [InlineData("MiniCache", "KV cache", "MiniCache")]
    [InlineData("D2O", "KV cache", "eviction strategies")]
    [InlineData("Pruning Deep Neural Networks from a Sparsity Perspective", "pruning", "PQI")]
    [InlineData("Performance-aware Approximation of Global Channel Pruning", "global channel pruning")]
    public void Key_phrases_name_what_a_paper_is_about(string title, params string[] expected)
    {
        var phrases = KeyPhrases.Of(Paper(title)).Select(k => k.Text).ToList();

        Assert.All(expected, e => Assert.Contains(e, phrases));
    }

    [Fact]
    public void Every_key_phrase_is_one_to_three_words_the_paper_says_with_no_function_word_at_either_edge()
    {
        var papers = corpus.Harness.Papers.Page(null, 1000);
        var all = KeyPhrases.Of(papers);

        Assert.True(papers.Count > 150, $"{papers.Count} papers");
        for (var i = 0; i < papers.Count; i++)
        {
            var text = Plain(papers[i].Title + " " + papers[i].Abstract);
            // A paper's abstract of some length has at least three; a blog feed's teaser (an essay's opening quote) need not.
            var isAbstract = papers[i].Abstract.Length > 200 && !papers[i].Sources.Any(s => s.Source.StartsWith("rss:", StringComparison.Ordinal));
            Assert.InRange(all[i].Count, isAbstract ? 3 : 0, KeyPhrases.DefaultCount);
            foreach (var phrase in all[i])
            {
                var words = phrase.Text.Split(' ');
                Assert.InRange(words.Length, 1, 3);
                Assert.True(text.Contains(Plain(phrase.Text), StringComparison.OrdinalIgnoreCase), $"'{phrase.Text}' is not in {papers[i].Id}");
                Assert.DoesNotContain(words[0], PhraseWords.Breaks.Concat(PhraseWords.Edges), StringComparer.OrdinalIgnoreCase);
                Assert.DoesNotContain(words[^1], PhraseWords.Breaks.Concat(PhraseWords.Edges), StringComparer.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void A_verb_that_reports_a_finding_is_never_a_key_phrase_or_its_edge()
    {
        // "The Cold-Start Safety Gap in LLM Agents" says "confirms" twice; other real abstracts say "surpassing" so.
        string[] reporting = ["confirms", "confirmed", "surpassing", "surpasses", "reveals", "suggests", "indicates", "validates"];
        var papers = corpus.Harness.Papers.Page(null, 1000);

        var edges = KeyPhrases.Of(papers).SelectMany(p => p).Select(k => k.Text.Split(' '))
            .SelectMany(words => new[] { words[0], words[^1] }).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Contains(papers, p => p.Abstract.Contains(" confirms ", StringComparison.Ordinal));
        Assert.All(reporting, verb => Assert.DoesNotContain(verb, edges));
    }

    [Fact]
    public void Key_phrases_come_best_first_and_a_paper_never_lists_one_twice()
    {
        var phrases = KeyPhrases.Of(Paper("MiniCache"));

        Assert.Equal(phrases.OrderByDescending(p => p.Score).Select(p => p.Score), phrases.Select(p => p.Score));
        Assert.Equal(phrases.Count, phrases.Select(p => p.Key).Distinct().Count());

        // "KV" is said almost only inside "KV cache", so it gives way to it.
        Assert.DoesNotContain(phrases, p => p.Text == "KV");
    }

    [Fact]
    public void A_phrase_many_papers_use_weighs_less_than_one_few_use_said_as_often()
    {
        var candidates = PhraseCandidates.Of(string.Empty, "Language models use a KV cache. Language models grow their KV cache.");
        var counts = candidates.ToDictionary(c => c.Text, _ => 100);
        counts["language models"] = 400;
        counts["KV cache"] = 3;
        var frequencies = new PhraseFrequencies(1000, counts);

        var ranked = KeyPhrases.Rank(candidates, frequencies, 2);

        Assert.Equal(["KV cache", "language models"], ranked.Select(p => p.Text));
        Assert.True(ranked[0].Score > 2 * ranked[1].Score, $"{ranked[0].Score} vs {ranked[1].Score}");
    }

    private Paper Paper(string title)
    {
        var index = DailyPapersPage.TitlesAndAbstracts.Select((e, i) => (e.Title, i)).Single(e => e.Title.StartsWith(title, StringComparison.Ordinal)).i;
        return corpus.Harness.Papers.Find(PaperId.Parse(DailyPapersPage.Id(index)))!;
    }

    /// <summary>Text as phrases see it: no possessive 's, LaTeX accents without their backslash, hyphens as spaces, single spaces.</summary>
    private static string Plain(string text)
    {
        var plain = Regex.Replace(text.Replace("\\'", string.Empty, StringComparison.Ordinal), @"['’]s\b", string.Empty);
        return Regex.Replace(plain.Replace('-', ' '), @"\s+", " ");
    }
}
