using DigestBot.Papers;
using DigestBot.Semantic;
using DigestBot.Tests.Search;
using DigestBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Tests.Semantic;

[Collection(SemanticModelCollection.Name)]
public sealed class BackgroundEmbeddingTests : IDisposable
{
    private readonly SemanticHarness _bot = new(seeded: false);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Storing_papers_only_queues_them_and_the_background_embeds_them()
    {
        _bot.Get<PaperStore>().UpsertBatch(DailyPapersPage.Papers(SemanticHarness.Now).Take(6).ToList());
        Assert.Equal(0, _bot.Get<SemanticIndex>().Count);
        Assert.Equal(6, _bot.Get<EmbeddingQueue>().Count);

        var worker = ActivatorUtilities.CreateInstance<EmbeddingWorker>(_bot.Get<IServiceProvider>());
        await worker.StartAsync(CancellationToken.None);
        try
        {
            await DiscordAppHarness.EventuallyAsync(() => _bot.Get<SemanticIndex>().Count == 6, "six papers embedded in the background");
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }
}
