using DigestBot.Search;
using Lucene.Net.Search;
using DigestBot.QueryLanguage;

namespace DigestBot.Tests.Search;

/// <summary>
/// Free text's adjacent-word phrases score only the best papers by words (<see cref="RankedSearch.PhrasePool"/>); below
/// that many matches the order and scores are those of the phrases scored inside the query, on the real corpus.
/// </summary>
public sealed class PhrasePoolTests(RealCorpus corpus) : IClassFixture<RealCorpus>
{
    [Theory]
    [InlineData("deep neural networks")]
    [InlineData("large language models")]
    [InlineData("making transformers deeper")]
    [InlineData("how can large language models be compressed without losing accuracy")]
    [InlineData("sparse attention for long context inference with a key value cache")]
    public void Ranking_with_phrases_scored_apart_equals_ranking_with_them_in_the_query(string question)
    {
        var request = new SearchRequest(SearchQuery.ParseSearch(question)) { Limit = 50 };
        corpus.Harness.Typed(question);
        corpus.Harness.Get<SearchIndex>().Search(searcher =>
        {
            var (decision, docs, total) = RankedSearch.Top(searcher, request, SearchSort.Relevance, ranked: true);
            var expected = decision.Mode == SearchMode.AllWords
                ? Reference(searcher, decision.Match, request)
                : [.. Reference(searcher, decision.AllWords, request), .. Reference(searcher, decision.Closest!, request)];

            Assert.True(total < RankedSearch.PhrasePool);
            Assert.Equal(expected.Take(50).Select(d => d.Doc), docs.Select(d => d.Doc));
            Assert.All(docs.Zip(expected), p => Assert.Equal(p.Second.Score, p.First.Score, p.Second.Score * 1e-5));
            return 0;
        });
    }

    [Fact]
    public void Some_question_here_has_a_phrase_that_changes_the_order()
    {
        // Otherwise the equality above would hold with or without phrases.
        const string Question = "how can large language models be compressed without losing accuracy";
        var request = new SearchRequest(SearchQuery.ParseSearch(Question)) { Limit = 50 };
        corpus.Harness.Typed(Question);
        corpus.Harness.Get<SearchIndex>().Search(searcher =>
        {
            var (decision, docs, _) = RankedSearch.Top(searcher, request, SearchSort.Relevance, ranked: true);
            var withoutPhrases = Reference(searcher, decision.Closest!, request, phrases: false);

            Assert.Equal(SearchMode.BestMatch, decision.Mode);
            Assert.Equal(0, decision.AllWordsHits);
            Assert.NotEqual(withoutPhrases.Take(50).Select(d => d.Doc), docs.Select(d => d.Doc));
            return 0;
        });
    }

    /// <summary>Every match of <paramref name="match"/> ranked with the phrases inside the query, equal scores newest first.</summary>
    private static List<ScoreDoc> Reference(IndexSearcher searcher, Query match, SearchRequest request, bool phrases = true)
    {
        var all = searcher.Search(RankingQueries.Around(match, request.Query, phrases), Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs;
        var dates = Lucene.Net.Index.MultiDocValues.GetNumericValues(searcher.IndexReader, IndexFields.Published);
        return [.. all.OrderByDescending(d => d.Score).ThenByDescending(d => dates.Get(d.Doc))];
    }
}
