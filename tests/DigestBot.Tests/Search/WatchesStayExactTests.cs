using DigestBot.Search;
using DigestBot.Watches;

namespace DigestBot.Tests.Search;

/// <summary>
/// Watches never relax: a watch's query means exactly what it says, free text or not. What search would answer with
/// the closest papers, a watch matches only when every word (filler words too) is there.
/// </summary>
public sealed class WatchesStayExactTests(RealCorpus corpus) : IClassFixture<RealCorpus>
{
    private static readonly string[] Questions =
    [
        "making transformers deeper", "transformers deeper", "how can large language models be compressed without losing accuracy",
        "what is the curse of depth", "layer normalization",
    ];

    [Fact]
    public void A_watch_on_a_question_matches_only_papers_with_every_word_while_search_relaxes()
    {
        var papers = DailyPapersPage.Papers(SearchHarness.Now);
        var watches = Questions.Select((q, i) => new Watch { Id = i + 1, ChannelId = 1, Name = $"w{i}", Query = q }).ToList();
        var matched = new WatchMatcher().Match(papers, watches).ToLookup(m => m.Watch.Query, m => m.Paper.Id);
        var page = papers.Select(p => p.Id).ToHashSet();

        foreach (var question in Questions)
        {
            // The exact reading, restricted to the page's papers (the watch saw only those).
            var exact = corpus.Harness.Ids(question).Where(page.Contains).Order(StringComparer.Ordinal);
            Assert.Equal(exact, matched[question].Order(StringComparer.Ordinal));
        }

        Assert.Empty(matched["making transformers deeper"]);
        Assert.Equal(SearchMode.BestMatch, corpus.Harness.Typed("making transformers deeper").Mode);
        Assert.Equal(3, matched["transformers deeper"].Count());
    }

    [Theory]
    [InlineData("foo:bar transformers", "unknown field 'foo:'")]
    [InlineData("attention -", "'-' has nothing after it")]
    public void A_watch_query_is_validated_exactly(string query, string message)
    {
        Assert.StartsWith(message, new SearchQueryValidator().Validate(query), StringComparison.Ordinal);
    }
}
