using DigestBot.Papers;
using DigestBot.Tests.Support;
using LiteDB;

namespace DigestBot.Tests.Papers;

/// <summary>
/// A large batch looks its keys up once and skips the lookups of keys nobody holds; it must merge exactly as the
/// same papers stored one at a time do, whatever the batch holds: repeats, DOIs shared within the batch and with
/// stored papers, re-keying from a DOI to an arXiv id, new versions.
/// </summary>
public sealed class PaperStoreBatchTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void A_large_batch_stores_what_the_same_papers_stored_one_by_one_store(int seed)
    {
        var (stored, batch) = Papers(seed);
        using var oneByOne = new TestStorage();
        using var together = new TestStorage();
        oneByOne.Papers.UpsertBatch(stored);
        together.Papers.UpsertBatch(stored);

        var single = batch.Select(p => oneByOne.Papers.Upsert(p).Outcome).ToList();
        var batched = together.Papers.UpsertBatch(batch).Select(r => r.Outcome).ToList();

        Assert.True(batch.Count >= 16, "the batch must be large enough to take the prefetching path");
        Assert.Equal(single, batched);
        Assert.Equal(Dump(oneByOne, "papers"), Dump(together, "papers"));
        Assert.Equal(Dump(oneByOne, "paper_aliases"), Dump(together, "paper_aliases"));
        Assert.Equal(oneByOne.Papers.Revision, together.Papers.Revision);
    }

    /// <summary>Stored papers, then a batch that repeats, extends and re-keys them and itself.</summary>
    private static (List<Paper> Stored, List<Paper> Batch) Papers(int seed)
    {
        var random = new Random(seed);
        var stored = new List<Paper>();
        for (var i = 0; i < 20; i++)
        {
            stored.Add(random.Next(3) == 0
                ? TestPapers.Journal($"10.1000/j{i}")
                : TestPapers.Arxiv($"2412.{i:D5}") with { Dois = random.Next(2) == 0 ? [$"10.1000/a{i}"] : [] });
        }

        var batch = new List<Paper>();
        for (var i = 0; i < 60; i++)
        {
            var n = random.Next(30);
            batch.Add(random.Next(6) switch
            {
                0 => TestPapers.Journal($"10.1000/j{n}"),
                1 => TestPapers.Arxiv($"2412.{n:D5}") with { Dois = [$"10.1000/j{n}"] },
                2 => TestPapers.Arxiv($"2412.{n:D5}", version: 2, source: "arxiv-rss"),
                3 => TestPapers.Arxiv($"2412.{n:D5}") with { Dois = [$"10.1000/a{n}", $"10.1000/shared{n % 4}"] },
                4 => TestPapers.Journal($"10.1000/shared{n % 4}"),
                _ => TestPapers.Arxiv($"2412.{n + 100:D5}"),
            });
        }

        return (stored, batch);
    }

    private static List<string> Dump(TestStorage storage, string collection) =>
        [.. storage.Database.Lite.GetCollection(collection).FindAll().Select(d => JsonSerializer.Serialize(d)).Order(StringComparer.Ordinal)];
}
