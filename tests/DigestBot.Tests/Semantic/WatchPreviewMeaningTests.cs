using DigestBot.Papers;
using DigestBot.Tests.Search;
using DigestBot.Watches;

namespace DigestBot.Tests.Semantic;

/// <summary>A meaning watch that matches nothing because papers have no vectors yet is told so, not to check its spelling.</summary>
[Collection(SemanticModelCollection.Name)]
public sealed class WatchPreviewMeaningTests : IDisposable
{
    private readonly SemanticHarness _bot = new(seeded: false);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task An_about_watch_before_any_vector_says_how_many_papers_lack_one()
    {
        var stored = DailyPapersPage.Papers(SemanticHarness.Now);
        _bot.Get<PaperStore>().UpsertBatch(stored);

        var before = await _bot.RunAsync<WatchTestCommand>(WatchTestCommand.Definition, ("query", "about:\"agents for drug discovery\""));
        _bot.EmbedQueue();
        var after = await _bot.RunAsync<WatchTestCommand>(WatchTestCommand.Definition, ("query", "about:\"agents for drug discovery\""));

        Assert.Equal(
            $"No stored paper matches this query at any date: about: and like: match by meaning only papers that have a vector, and {stored.Count} of {stored.Count} have none yet (embed makes them; a running bot makes them in the background).",
            Assert.Single(before.Cards).Description);
        Assert.DoesNotContain("spelling", before.Cards[0].Description, StringComparison.Ordinal);
        Assert.DoesNotContain("have none yet", Assert.Single(after.Cards).Description, StringComparison.Ordinal);
    }
}
