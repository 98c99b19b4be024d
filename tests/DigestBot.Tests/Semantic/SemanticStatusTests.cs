using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Semantic;
using DigestBot.Status;
using DigestBot.Tests.Search;

namespace DigestBot.Tests.Semantic;

[Collection(SemanticModelCollection.Name)]
public sealed class SemanticStatusTests : IDisposable
{
    private readonly SemanticHarness _bot = new(seeded: false);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Status_says_how_many_papers_have_vectors_and_embed_makes_the_rest()
    {
        _bot.Get<PaperStore>().UpsertBatch(DailyPapersPage.Papers(SemanticHarness.Now).Take(20).ToList());

        Assert.Equal("0 of 20 papers embedded, the rest when the bot runs (or run embed)", await SemanticLine());

        var reply = await _bot.RunAsync<EmbedCommand>(EmbedCommand.Definition);
        Assert.Matches(@"^embedded 20 papers in \d+\.\d s \(\d+\.\d papers/s\); 20 papers have vectors$", reply.Text);
        Assert.Equal("20 of 20 papers embedded", await SemanticLine());
    }

    private async Task<string> SemanticLine()
    {
        var reply = await _bot.RunAsync<StatusCommand>(StatusCommand.Definition);
        return Assert.Single(reply.Cards[0].Fields, f => f.Name == "Semantic").Value;
    }
}
