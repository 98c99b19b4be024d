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

    private Task<Reply> SearchAsync(string query) =>
        _bot.Get<CommandDispatcher>().DispatchAsync("search", new Dictionary<string, object> { ["query"] = query }, CommandOrigin.Cli, CancellationToken.None);
}
