using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Semantic;
using DigestBot.Tests.Search;
using DigestBot.Tests.Support;

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

        // Each card names its number as what it is, the similarity the line above counts by.
        Assert.Equal(hits.Select(h => $"similarity {h.Similarity:F2}"), reply.Cards.Select(c => c.Footer![(c.Footer!.LastIndexOf(" · ", StringComparison.Ordinal) + 3)..]));
    }

    [Fact]
    public async Task Past_the_close_papers_the_line_says_how_many_are_close_and_that_the_rest_are_the_nearest()
    {
        var reply = await _bot.RunAsync<SimilarCommand>(SimilarCommand.Definition, ("id", "2501.90065"), ("limit", 50L));

        var hits = Assert.IsAssignableFrom<IReadOnlyList<SearchHit>>(reply.Data);
        var close = hits.Count(h => h.Similarity >= SemanticThresholds.Like);
        Assert.InRange(close, 2, hits.Count - 1);
        Assert.All(hits.Take(close), h => Assert.True(h.Similarity >= SemanticThresholds.Like));
        Assert.StartsWith($"{close} papers are close in meaning to 2501.90065 (HAWQ", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("), then the nearest:", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paper_far_from_every_stored_one_is_shown_its_nearest_without_calling_them_close()
    {
        var store = _bot.Get<PaperStore>();
        store.Upsert(TestPapers.Arxiv("2501.99001") with
        {
            Title = "Marginal glosses in twelfth-century Latin psalters from Cistercian scriptoria",
            Abstract = "We catalogue the marginal glosses of forty psalters copied in Cistercian houses between 1120 and 1190, date the hands palaeographically, and trace which commentaries the glossators excerpted.",
        });

        var reply = await _bot.RunAsync<SimilarCommand>(SimilarCommand.Definition, ("id", "2501.99001"));

        var hits = Assert.IsAssignableFrom<IReadOnlyList<SearchHit>>(reply.Data);
        Assert.Equal(SearchReplies.PageSize, hits.Count);
        Assert.All(hits, h => Assert.True(h.Similarity < SemanticThresholds.Like, $"{h.Title}: {h.Similarity}"));
        Assert.StartsWith("No stored paper is close enough in meaning to 2501.99001 (Marginal glosses", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith(" to count as like it — showing the nearest:", reply.Text, StringComparison.Ordinal);
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
