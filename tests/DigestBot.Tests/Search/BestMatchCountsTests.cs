using DigestBot.Search;
using Lucene.Net.Search;
using DigestBot.QueryLanguage;

namespace DigestBot.Tests.Search;

/// <summary>
/// Best match's decision counts papers holding at least m of a question's words only as far as it needs; these hold
/// the counts and the decision to what counting every paper for every m (how it was first built) gives, on the real corpus.
/// </summary>
public sealed class BestMatchCountsTests(RealCorpus corpus) : IClassFixture<RealCorpus>
{
    private static readonly DateTimeOffset Window = SearchHarness.Now.AddDays(-400);

    public static TheoryData<string> Questions() =>
    [
        "making transformers deeper",
        "how can large language models be compressed without losing accuracy",
        "why do the deepest layers of a large language model contribute so little to its output",
        "sparse attention for long context inference with a key value cache",
        "graph neural networks for molecules",
    ];

    [Theory]
    [MemberData(nameof(Questions))]
    public void Counts_of_papers_with_at_least_m_words_are_exact_below_the_cap_and_stop_at_it(string question)
    {
        foreach (var since in new DateTimeOffset?[] { null, Window })
        {
            var (exact, counted) = Search(question, since, (searcher, words, counts) =>
                (Exhaustive.AtLeast(searcher, words.Clauses, since), Enumerable.Range(1, words.Clauses.Count).Select(m => new[] { 1, 3, 20, int.MaxValue }.Select(cap => counts.AtLeast(m, cap)).ToList()).ToList()));

            Assert.True(exact[1] > 3, $"'{question}' should match a few papers to be a test at all ({exact[1]})");
            for (var m = 1; m < exact.Length; m++)
            {
                Assert.Equal(new[] { 1, 3, 20, int.MaxValue }.Select(cap => Math.Min(exact[m], cap)), counted[m - 1]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void The_decision_picks_the_mode_and_minimum_that_counting_every_paper_picks(string question)
    {
        foreach (var since in new DateTimeOffset?[] { null, Window })
        {
            var query = SearchQuery.ParseSearch(question);
            var (decision, expected) = Search(question, since, (searcher, words, _) =>
            {
                var all = searcher.Search(LuceneQueries.Build(query, since), 1).TotalHits;
                return (FreeTextSearch.Decide(searcher, query, since, all), Exhaustive.Decide(Exhaustive.AtLeast(searcher, words.Clauses, since), all));
            });

            Assert.Equal(expected, (decision.Mode, decision.MinimumWords));
        }
    }

    [Fact]
    public void The_seed_questions_decide_as_counting_every_paper_decides_and_some_relax_below_two_thirds()
    {
        var minimums = new List<(int Minimum, int Words)>();
        foreach (var (question, _) in SeedJudgments.Read())
        {
            var query = SearchQuery.ParseSearch(question);
            var (decision, expected) = Search(question, null, (searcher, words, _) =>
            {
                var all = searcher.Search(LuceneQueries.Build(query), 1).TotalHits;
                return (FreeTextSearch.Decide(searcher, query, null, all), Exhaustive.Decide(Exhaustive.AtLeast(searcher, words.Clauses, null), all));
            });

            Assert.Equal(expected, (decision.Mode, decision.MinimumWords));
            minimums.Add((decision.MinimumWords, query.Words.Count));
        }

        // The counting's early stop matters only where the search relaxes: some seed questions do.
        Assert.Contains(minimums, m => m.Words >= 3 && m.Minimum < Math.Ceiling(m.Words * 2 / 3.0));
    }

    private T Search<T>(string question, DateTimeOffset? since, Func<IndexSearcher, CoverageQuery, WordCounts, T> run)
    {
        corpus.Harness.Typed(question); // brings the index up to date with the store
        var words = SearchQuery.ParseSearch(question).Words;
        return corpus.Harness.Get<SearchIndex>().Search(searcher =>
        {
            var clauses = words.Select(w => LuceneQueries.Word(new TermNode(SearchField.Default, w))).OfType<Query>().ToList();
            var query = BestMatchQuery.Build(new TermStates(searcher), [.. words.Where(w => LuceneQueries.Word(new TermNode(SearchField.Default, w)) is not null)], clauses, 1);
            return run(searcher, query, new WordCounts(searcher, query, since));
        });
    }
}
