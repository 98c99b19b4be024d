using DigestBot.Commands;
using DigestBot.Search;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Semantic;

/// <summary><c>like:</c> and <c>about:</c> in a search, as the terminal shows the answer.</summary>
[Collection(SemanticModelCollection.Name)]
public sealed class SemanticSearchTermsTests : IDisposable
{
    private readonly SemanticHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Like_a_paper_that_is_not_stored_says_so_as_watch_add_does_instead_of_no_papers_match()
    {
        _bot.EmbedQueue();

        var reply = await SearchAsync("like:2412.99999");

        var (output, error) = DiscordPayloads.RenderConsole(reply);
        Assert.NotEqual(ReplyKind.Ok, reply.Kind);
        Assert.Contains("like: 2412.99999 is not stored; import it first, or describe the topic with about:\"…\"", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("No papers match", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Like_a_paper_not_stored_names_paper_as_the_way_to_store_it_when_commands_fetch_papers()
    {
        using var bot = new SemanticHarness(true, ("DigestBot:Sources:FetchMissing", "true"));
        bot.EmbedQueue();

        var reply = await bot.Get<CommandDispatcher>().DispatchAsync(
            "search", new Dictionary<string, object> { ["query"] = "like:2412.99999" }, CommandOrigin.Cli, CancellationToken.None);

        var (output, error) = DiscordPayloads.RenderConsole(reply);
        Assert.Contains("like: 2412.99999 is not stored; open it with paper 2412.99999 first (that fetches it), or describe the topic with about:\"…\"", output + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("like:2501.90065")]
    [InlineData("like:2501.90065,2501.90003")]
    public async Task A_query_of_like_or_about_terms_alone_lists_the_closest_first_with_its_similarity(string query)
    {
        _bot.EmbedQueue();

        var reply = await SearchAsync(query);

        Assert.Equal(ReplyKind.Ok, reply.Kind);
        var (output, _) = DiscordPayloads.RenderConsole(reply);
        Assert.Contains(", closest in meaning first", output, StringComparison.Ordinal);
        Assert.DoesNotContain("newest first", output, StringComparison.Ordinal);
        var shown = System.Text.RegularExpressions.Regex.Matches(output, @"similarity (0\.\d\d)")
            .Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(shown.Count >= 2, output);
        Assert.Equal([.. shown.OrderDescending()], shown);
        Assert.True(shown[0] > shown[^1], output);
        Assert.DoesNotContain("score 1.00", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_like_term_beside_an_operator_keeps_the_operator_order_newest_first()
    {
        _bot.EmbedQueue();

        var reply = await SearchAsync("like:2501.90065 OR cat:cs.LG");

        var (output, _) = DiscordPayloads.RenderConsole(reply);
        Assert.Contains(", newest first", output, StringComparison.Ordinal);
        Assert.DoesNotContain("similarity", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("OR")]
    public async Task Two_meaning_terms_rank_a_paper_by_the_farther_of_them_under_AND_and_the_closer_under_OR(string join)
    {
        _bot.EmbedQueue();
        var toFirst = Similarities(await SearchAsync("like:2501.90065", limit: 50));
        var toSecond = Similarities(await SearchAsync("about:\"compressing neural networks by pruning weights\"", limit: 50));

        var reply = await SearchAsync($"like:2501.90065 {join} about:\"compressing neural networks by pruning weights\"", limit: 50);

        var both = Similarities(reply);
        Assert.NotEmpty(both);
        foreach (var (id, similarity) in both)
        {
            var first = toFirst.GetValueOrDefault(id);
            var second = toSecond.GetValueOrDefault(id);
            var expected = join == "AND" ? Math.Min(first!.Value, second!.Value) : Math.Max(first ?? 0, second ?? 0);
            Assert.Equal(expected, similarity);
        }

        Assert.Equal([.. both.Values.OrderDescending()], both.Values.ToList());
        if (join == "AND")
        {
            // The assertion above can only tell AND from OR on a paper whose two similarities differ.
            Assert.Contains(both.Keys, id => toFirst[id] != toSecond[id]);
        }
    }

    private static Dictionary<string, double?> Similarities(Reply reply) =>
        Assert.IsAssignableFrom<IReadOnlyList<SearchHit>>(reply.Data).ToDictionary(h => h.Id, h => h.Similarity);

    private Task<Reply> SearchAsync(string query, long limit = 10) =>
        _bot.Get<CommandDispatcher>().DispatchAsync("search", new Dictionary<string, object> { ["query"] = query, ["limit"] = limit }, CommandOrigin.Cli, CancellationToken.None);
}
