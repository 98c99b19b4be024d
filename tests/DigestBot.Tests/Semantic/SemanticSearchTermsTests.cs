using DigestBot.Commands;
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

    private Task<Reply> SearchAsync(string query) =>
        _bot.Get<CommandDispatcher>().DispatchAsync("search", new Dictionary<string, object> { ["query"] = query }, CommandOrigin.Cli, CancellationToken.None);
}
