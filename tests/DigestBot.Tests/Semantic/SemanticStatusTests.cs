using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Semantic;
using DigestBot.Status;
using DigestBot.Tests.Search;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task A_paper_changed_after_it_got_a_vector_is_counted_once_as_embedded_and_to_renew()
    {
        var papers = DailyPapersPage.Papers(SemanticHarness.Now).Take(20).ToList();
        _bot.Get<PaperStore>().UpsertBatch(papers);
        await _bot.RunAsync<EmbedCommand>(EmbedCommand.Definition);

        // Five papers come back with a new abstract: each is queued to renew its vector, and has one meanwhile.
        _bot.Get<PaperStore>().UpsertBatch([.. papers.Take(5).Select(p => p with { Abstract = p.Abstract + " We also release our code." })]);

        // (The embed before measured a rate, so the line ends with the time left.)
        Assert.Matches(@"^20 of 20 papers embedded \(5 changed since, to renew\), ~\d+ s left$", await SemanticLine());
        await _bot.RunAsync<EmbedCommand>(EmbedCommand.Definition);
        Assert.Equal("20 of 20 papers embedded", await SemanticLine());
    }

    [Fact]
    public async Task Status_run_on_its_own_over_many_papers_says_on_the_progress_channel_that_it_reads_them_first_and_not_once_counted()
    {
        _bot.Get<PaperStore>().UpsertBatch(DailyPapersPage.Papers(SemanticHarness.Now).Take(20).ToList());
        var status = ActivatorUtilities.CreateInstance<StatusCommand>(_bot.Get<IServiceProvider>());
        var lines = new List<string>();
        var request = new CommandRequest(StatusCommand.Definition, new Dictionary<string, object>(), CommandOrigin.Cli) { Progress = new Collect(lines) };

        status.ScanNoticeFrom = 20;
        var reply = await status.HandleAsync(request, CancellationToken.None);
        Assert.Equal("status: reading the 20 stored papers to count those still to embed (a running bot keeps this count)", Assert.Single(lines));
        Assert.Equal("0 of 20 papers embedded, the rest when the bot runs (or run embed)", Assert.Single(reply.Cards[0].Fields, f => f.Name == "Semantic").Value);

        // Once counted (the scan above, or a bot's background), status reads no paper again and says nothing first.
        lines.Clear();
        status.ScanNoticeFrom = 1;
        await status.HandleAsync(request, CancellationToken.None);
        Assert.Empty(lines);
    }

    private sealed class Collect(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }

    private async Task<string> SemanticLine()
    {
        var reply = await _bot.RunAsync<StatusCommand>(StatusCommand.Definition);
        return Assert.Single(reply.Cards[0].Fields, f => f.Name == "Semantic").Value;
    }
}
