using System.Text.RegularExpressions;
using DigestBot.Papers;
using DigestBot.Search;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using DigestBot.QueryLanguage;

namespace DigestBot.Tests.Search;

/// <summary>
/// Best match's query scored in one pass (<see cref="CoverageQuery"/>) against the boolean form it replaced, on the real
/// corpus: a minimum-should-match query for what matches, and for the score each word's clause copied as many times as
/// its weight, each copy carrying its share of the clause's boost, under Lucene's coordination factor.
/// </summary>
public sealed class CoverageQueryTests(RealCorpus corpus) : IClassFixture<RealCorpus>
{
    private const string Words = @"\b(large|language|models?|compress\w*|losing|accura\w*)\b";

    [Theory]
    [InlineData("how can large language models be compressed without losing accuracy")]
    [InlineData("why do the deepest layers of a large language model contribute so little to its output")]
    [InlineData("sparse attention for long context inference with a key value cache")]
    public void Every_minimum_matches_the_same_papers_with_the_same_scores_as_the_boolean_form(string question)
    {
        var (words, clauses) = Typed(question);
        corpus.Harness.Get<SearchIndex>().Search(searcher =>
        {
            var coverage = BestMatchQuery.Build(new TermStates(searcher), words, clauses, 1);
            Assert.Contains(coverage.Weights, w => w > 1); // the weights make a difference to test
            var boolean = new IndexSearcher(searcher.IndexReader) { Similarity = new CoordinatedBm25() };
            for (var m = 1; m <= words.Count; m++)
            {
                var fast = Hits(searcher, new CoverageQuery(clauses, coverage.Weights, m));
                var reference = Hits(boolean, Boolean(clauses, coverage.Weights, m));

                Assert.Equal(reference.Keys.Order(), fast.Keys.Order());
                Assert.All(reference, r => Assert.Equal(r.Value, fast[r.Key], r.Value * 1e-5));
            }

            return 0;
        });
    }

    [Theory]
    [InlineData("how can large language models be compressed without losing accuracy")]
    [InlineData("sparse attention for long context inference with a key value cache")]
    public void Fewer_than_all_words_matches_what_excluding_the_papers_with_every_word_matched(string question)
    {
        var (words, clauses) = Typed(question);
        corpus.Harness.Get<SearchIndex>().Search(searcher =>
        {
            var all = LuceneQueries.Build(SearchQuery.ParseSearch(question));
            for (var m = 1; m <= words.Count; m++)
            {
                var coverage = BestMatchQuery.Build(new TermStates(searcher), words, clauses, m);
                var excluding = new BooleanQuery(disableCoord: true) { { coverage, Occur.MUST }, { all, Occur.MUST_NOT } };

                var fewer = Hits(searcher, coverage.FewerThanAll());
                Assert.Equal(Hits(searcher, excluding), fewer);
                Assert.True(m < words.Count || fewer.Count == 0);
                Assert.True(m > 1 || fewer.Count > 0);
            }

            return 0;
        });
    }

    [Fact]
    public void Best_match_snippets_bold_the_words_of_the_question_each_paper_holds()
    {
        var results = corpus.Harness.Typed("how can large language models be compressed without losing accuracy", limit: 50);

        // The highlighter reads the words of the one-pass query as it read the boolean form's clauses.
        Assert.Equal(SearchMode.BestMatch, results.Mode);
        var saying = results.Hits.Where(h => Regex.IsMatch(corpus.Harness.Papers.Find(PaperId.Parse(h.Id))!.Abstract, Words, RegexOptions.IgnoreCase)).ToList();
        Assert.True(saying.Count >= 10);
        Assert.All(saying, h => Assert.Matches($@"\*\*{Words}\*\*", h.Snippet.ToLowerInvariant()));
    }

    /// <summary>The question's words that are searched and each one's clause, once the question was typed (the index open).</summary>
    private (List<string> Words, List<Query> Clauses) Typed(string question)
    {
        corpus.Harness.Typed(question);
        var words = SearchQuery.ParseSearch(question).Words.Where(w => LuceneQueries.Word(new TermNode(SearchField.Default, w)) is not null).ToList();
        return (words, [.. words.Select(w => LuceneQueries.Word(new TermNode(SearchField.Default, w))!)]);
    }

    private static Dictionary<int, float> Hits(IndexSearcher searcher, Query query) =>
        searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);

    private static BooleanQuery Boolean(List<Query> clauses, IReadOnlyList<double> weights, int minimum)
    {
        var matching = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = minimum, Boost = 0 };
        var scoring = new BooleanQuery();
        for (var i = 0; i < clauses.Count; i++)
        {
            matching.Add(clauses[i], Occur.SHOULD);
            var copies = (int)weights[i];
            for (var c = 0; c < copies; c++)
            {
                var copy = (Query)clauses[i].Clone();
                copy.Boost = clauses[i].Boost / copies;
                scoring.Add(copy, Occur.SHOULD);
            }
        }

        return new BooleanQuery(disableCoord: true) { { matching, Occur.MUST }, { scoring, Occur.MUST } };
    }

    private sealed class CoordinatedBm25 : BM25Similarity
    {
        public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : (float)overlap / maxOverlap;
    }
}
