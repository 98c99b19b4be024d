using DigestBot.Search;
using DigestBot.Tests.Search;

namespace DigestBot.Tests.Semantic;

[Collection(SemanticModelCollection.Name)]
public sealed class SimilarTests : IDisposable
{
    private readonly SemanticHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Similar_returns_a_papers_topical_neighbours_by_meaning_and_says_so()
    {
        // HAWQ (page paper 65) is one of the seed judgments' compression papers (question q2).
        var compression = SeedJudgments.Read().Single(j => j.Question.Contains("compressed", StringComparison.Ordinal)).Gains;

        var reply = await _bot.RunAsync<SimilarCommand>(SimilarCommand.Definition, ("id", "2501.90065"));

        Assert.StartsWith("Papers close in meaning to 2501.90065 (HAWQ", reply.Text, StringComparison.Ordinal);
        var hits = Assert.IsAssignableFrom<IReadOnlyList<SearchHit>>(reply.Data);
        Assert.Equal(SearchReplies.PageSize, hits.Count);
        Assert.DoesNotContain(hits, h => h.Id == "2501.90065");
        Assert.True(hits.Count(h => compression.ContainsKey(h.Id)) >= 3, string.Join(", ", hits.Select(h => h.Title)));
        Assert.Equal([.. hits.Select(h => h.Similarity).OrderDescending()], hits.Select(h => h.Similarity));
    }

    [Fact]
    public async Task Limit_asks_for_more_neighbours_than_a_page_in_the_same_order()
    {
        var page = await _bot.RunAsync<SimilarCommand>(SimilarCommand.Definition, ("id", "2501.90065"));
        var more = await _bot.RunAsync<SimilarCommand>(SimilarCommand.Definition, ("id", "2501.90065"), ("limit", 12L));

        var first = Assert.IsAssignableFrom<IReadOnlyList<SearchHit>>(page.Data);
        var hits = Assert.IsAssignableFrom<IReadOnlyList<SearchHit>>(more.Data);
        Assert.Equal(12, hits.Count);
        Assert.Equal(12, more.Cards.Count);
        Assert.Equal(first.Select(h => h.Id), hits.Take(first.Count).Select(h => h.Id));
        Assert.DoesNotContain(hits, h => h.Id == "2501.90065");
        Assert.Equal(12, hits.Select(h => h.Id).Distinct().Count());
    }
}
