using DigestBot.Papers;
using DigestBot.Semantic;
using DigestBot.Tests.Search;

namespace DigestBot.Tests.Semantic;

[Collection(SemanticModelCollection.Name)]
public sealed class EmbeddingResumeTests : IDisposable
{
    private readonly SemanticHarness _bot = new(seeded: false);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void A_restart_mid_embedding_resumes_where_it_stopped_and_embeds_nothing_twice()
    {
        var papers = DailyPapersPage.Papers(SemanticHarness.Now).Take(40).ToList();
        _bot.Get<PaperStore>().UpsertBatch(papers);
        Assert.Equal(EmbeddingService.BatchSize, _bot.Get<EmbeddingService>().EmbedNext(CancellationToken.None));

        _bot.Restart();
        var before = SemanticHarness.EmbeddedTexts;
        var queued = _bot.Get<EmbeddingService>().Scan(all: false, CancellationToken.None);
        _bot.EmbedQueue();

        Assert.Equal(papers.Count - EmbeddingService.BatchSize, queued);
        Assert.Equal(papers.Count - EmbeddingService.BatchSize, SemanticHarness.EmbeddedTexts - before);
        Assert.Equal(papers.Count, _bot.Get<SemanticIndex>().Count);

        _bot.Restart();
        Assert.Equal(0, _bot.Get<EmbeddingService>().Scan(all: false, CancellationToken.None));
    }

    [Fact]
    public void A_paper_whose_text_is_unchanged_is_not_embedded_again_and_one_whose_text_changed_is()
    {
        var papers = DailyPapersPage.Papers(SemanticHarness.Now).Take(3).ToList();
        var store = _bot.Get<PaperStore>();
        store.UpsertBatch(papers);
        _bot.EmbedQueue();
        var before = SemanticHarness.EmbeddedTexts;

        store.UpsertBatch([papers[0] with { Categories = ["cs.CL"] }, papers[1] with { Abstract = papers[1].Abstract + " We release our code." }]);
        _bot.EmbedQueue();

        Assert.Equal(1, SemanticHarness.EmbeddedTexts - before);
        Assert.Equal(store.Find(PaperId.Parse(papers[0].Id))!.Revision, _bot.Get<SemanticIndex>().Get(papers[0].Id)!.Revision);
    }
}
