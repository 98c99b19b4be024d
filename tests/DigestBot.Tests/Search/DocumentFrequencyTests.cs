using DigestBot.Search;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Search;

/// <summary><see cref="SearchService.DocumentFrequencies"/>: how many indexed papers say a phrase, analysed as a search phrase is.</summary>
public sealed class DocumentFrequencyTests(RealCorpus corpus) : IClassFixture<RealCorpus>
{
    [Fact]
    public void A_phrase_counts_the_papers_whose_abstract_has_it_in_any_inflection()
    {
        var frequencies = corpus.Harness.Get<SearchService>().DocumentFrequencies(["KV cache", "KV caches", "kv-cache", "pruning", "pruned", "layer normalization", "the", "zebra crossing"]);

        Assert.Equal(corpus.Harness.Papers.Count(), frequencies.Documents);
        Assert.Equal(corpus.Harness.Search("abs:\"KV cache\"").TotalHits, frequencies.Counts["KV cache"]);
        Assert.Equal(frequencies.Counts["KV cache"], frequencies.Counts["KV caches"]);
        Assert.Equal(frequencies.Counts["KV cache"], frequencies.Counts["kv-cache"]);
        Assert.Equal(corpus.Harness.Search("abs:pruning").TotalHits, frequencies.Counts["pruning"]);
        Assert.Equal(frequencies.Counts["pruning"], frequencies.Counts["pruned"]);
        Assert.InRange(frequencies.Counts["layer normalization"], 1, corpus.Harness.Search("abs:layer abs:normalization").TotalHits);
        Assert.Equal(0, frequencies.Counts["the"]);
        Assert.Equal(0, frequencies.Counts["zebra crossing"]);
    }

    [Fact]
    public void Rarer_phrases_have_a_higher_idf()
    {
        var frequencies = corpus.Harness.Get<SearchService>().DocumentFrequencies(["KV cache", "language models", "zebra crossing"]);

        Assert.True(frequencies.Idf("zebra crossing") > frequencies.Idf("KV cache"));
        Assert.True(frequencies.Idf("KV cache") > frequencies.Idf("language models"));
        Assert.Equal(frequencies.Idf("zebra crossing"), frequencies.Idf("never asked about"));
    }

    [Fact]
    public void A_phrase_counted_before_papers_arrived_counts_them_when_asked_again()
    {
        using var harness = new SearchHarness();
        harness.Papers.UpsertBatch([TestPapers.Arxiv("2401.00001")]);
        var search = harness.Get<SearchService>();
        Assert.Equal(0, search.DocumentFrequencies(["zebra crossing"]).Counts["zebra crossing"]);

        harness.Papers.UpsertBatch([TestPapers.Arxiv("2401.00002") with { Abstract = "A zebra crossing detector for cities." }]);

        Assert.Equal(1, search.DocumentFrequencies(["zebra crossing"]).Counts["zebra crossing"]);
    }
}
