using DigestBot.Papers;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Search;

/// <summary>
/// Papers removed from the store (retention) leave the index with them — at once, or, when the index missed the
/// removal (a crash between the two commits, an older digestbot), when it next catches up, from tombstones.
/// </summary>
public sealed class RemovalIndexTests : IDisposable
{
    private readonly SearchHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void A_removed_paper_leaves_the_index_at_once()
    {
        _bot.Papers.UpsertBatch([TestPapers.Arxiv("2412.00001"), TestPapers.Arxiv("2412.00002")]);
        Assert.Equal(2, _bot.Ids("title").Count);

        Assert.Equal(1, _bot.Papers.Remove(["2412.00001", "2412.99999"], SearchHarness.Now));

        Assert.Equal(["2412.00002"], _bot.Ids("title"));
    }

    [Fact]
    public void A_removal_the_index_missed_is_caught_up_from_tombstones_and_a_paper_stored_again_is_found()
    {
        _bot.Papers.UpsertBatch([TestPapers.Arxiv("2412.00001"), TestPapers.Arxiv("2412.00002"), TestPapers.Arxiv("2412.00003")]);
        Assert.Equal(3, _bot.Ids("title").Count);

        _bot.Restart(search: false);
        _bot.Papers.Remove(["2412.00001", "2412.00003"], SearchHarness.Now);
        _bot.Papers.Upsert(TestPapers.Arxiv("2412.00003", version: 2));
        _bot.Restart();

        Assert.Equal(["2412.00002", "2412.00003"], _bot.Ids("title").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(_bot.ProgressLines, l => l.Contains("building it from", StringComparison.Ordinal));
    }

    [Fact]
    public void Removing_the_newest_paper_never_takes_the_store_revision_back()
    {
        _bot.Papers.UpsertBatch([TestPapers.Arxiv("2412.00001"), TestPapers.Arxiv("2412.00002")]);
        _bot.Papers.Remove(["2412.00002"], SearchHarness.Now);
        var revision = _bot.Papers.Revision;

        _bot.Papers.ForgetRemoved(revision);
        _bot.Restart();
        _bot.Papers.Upsert(TestPapers.Arxiv("2412.00004"));

        Assert.Equal(3, revision);
        Assert.Equal(4, _bot.Papers.Find(PaperId.Parse("2412.00004"))!.Revision);
        Assert.Equal(["2412.00001", "2412.00004"], _bot.Ids("title").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(_bot.ProgressLines, l => l.Contains("ahead of the database", StringComparison.Ordinal));
    }
}
