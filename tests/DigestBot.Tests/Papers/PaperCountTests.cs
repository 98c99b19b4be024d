using DigestBot.Papers;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Papers;

/// <summary>The store's paper count is taken once and then kept by its writes: it must stay what LiteDB would count.</summary>
public sealed class PaperCountTests : IDisposable
{
    private readonly TestStorage _storage = new();

    private PaperStore Store => _storage.Papers;

    private int Counted => _storage.Database.Lite.GetCollection(PaperStore.PapersCollection).Count();

    public void Dispose() => _storage.Dispose();

    [Fact]
    public void The_kept_count_follows_new_papers_merges_re_keys_and_removals()
    {
        Assert.Equal(0, Store.Count()); // taken now, so every write below changes the kept count
        var random = new Random(11);
        var seenRemovals = 0;
        for (var step = 0; step < 400; step++)
        {
            var n = random.Next(60);
            switch (random.Next(5))
            {
                case 0:
                    Store.Upsert(TestPapers.Arxiv($"2412.{n:D5}", version: 1 + random.Next(2)));
                    break;
                case 1:
                    Store.Upsert(TestPapers.Journal($"10.1000/j{n}"));
                    break;
                case 2:
                    // The arXiv version of a stored journal paper: one record, re-keyed to the arXiv id.
                    Store.Upsert(TestPapers.Arxiv($"2412.{n:D5}") with { Dois = [$"10.1000/j{n}"] });
                    break;
                case 3:
                    Store.UpsertBatch([.. Enumerable.Range(0, 5).Select(i => TestPapers.Arxiv($"2412.{(n + i) % 60:D5}"))]);
                    break;
                default:
                    seenRemovals += Store.Remove([$"2412.{n:D5}", $"doi:10.1000/j{n}"], TestPapers.Monday);
                    break;
            }

            Assert.Equal(Counted, Store.Count());
        }

        Assert.InRange(Counted, 10, 120);
        Assert.True(seenRemovals > 10);
    }

    [Fact]
    public void A_store_opened_again_counts_what_the_file_holds()
    {
        Store.UpsertBatch([.. Enumerable.Range(1, 7).Select(i => TestPapers.Arxiv($"2412.{i:D5}"))]);
        Assert.Equal(7, Store.Count());

        _storage.Reopen();
        Store.Upsert(TestPapers.Arxiv("2412.00008"));

        Assert.Equal(8, Store.Count());
    }
}
