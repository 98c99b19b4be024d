using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Search;

/// <summary>
/// During a bulk load (<see cref="PaperStore.BeginBulk"/>) the index follows the writes on its own thread; searches
/// still see every committed write, and the load ends with everything indexed and committed.
/// </summary>
public sealed class BulkIndexingTests : IDisposable
{
    private readonly SearchHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    private static Paper Titled(string id, string title) => TestPapers.Arxiv(id) with { Title = title };

    private static List<Paper> Batch(int first, int count, string word) =>
        [.. Enumerable.Range(first, count).Select(i => Titled($"2412.{i:D5}", $"{word} number {i}"))];

    [Fact]
    public void A_bulk_load_ends_with_every_batch_indexed_and_committed()
    {
        using (_bot.Papers.BeginBulk())
        {
            _bot.Papers.UpsertBatch(Batch(1, 300, "quokka"));
            _bot.Papers.UpsertBatch(Batch(301, 300, "wombat"));
            _bot.Papers.UpsertBatch(Batch(601, 300, "platypus"));
        }

        var index = _bot.Get<SearchIndex>();
        Assert.Equal(900, _bot.Papers.Revision);
        Assert.Equal(900, index.CommittedRevision);
        Assert.Equal(900, index.Search(s => s.IndexReader.NumDocs));
        Assert.Equal(300, _bot.Search("wombat").TotalHits);
    }

    [Fact]
    public async Task A_bulk_load_commits_when_its_writer_pauses_or_ends_not_after_each_batch()
    {
        var index = _bot.Get<SearchIndex>();
        _bot.Get<SearchIndexSync>().BulkPause = TimeSpan.FromMinutes(10);
        using (_bot.Papers.BeginBulk())
        {
            _bot.Papers.UpsertBatch(Batch(1, 300, "quokka"));
            await DiscordAppHarness.EventuallyAsync(() => index.IndexedRevision == 300, "the first batch indexed");
            _bot.Papers.UpsertBatch(Batch(301, 300, "wombat"));
            await DiscordAppHarness.EventuallyAsync(() => index.IndexedRevision == 600, "the second batch indexed");

            // The follower caught up with the writer twice, and holds both batches uncommitted.
            Assert.Equal(0, index.CommittedRevision);
        }

        Assert.Equal(600, index.CommittedRevision);
        Assert.Equal(600, index.Search(s => s.IndexReader.NumDocs));
    }

    [Fact]
    public async Task A_bulk_load_whose_writer_pauses_has_what_was_indexed_committed_meanwhile()
    {
        var index = _bot.Get<SearchIndex>();
        _bot.Get<SearchIndexSync>().BulkPause = TimeSpan.FromMilliseconds(50);
        using (_bot.Papers.BeginBulk())
        {
            _bot.Papers.UpsertBatch(Batch(1, 300, "quokka"));

            // Nothing searched, nothing written after it: the pause alone commits it.
            await DiscordAppHarness.EventuallyAsync(() => index.CommittedRevision == 300, "the paused batch committed");
        }

        Assert.Equal(300, index.Search(s => s.IndexReader.NumDocs));
    }

    [Fact]
    public void A_search_during_a_bulk_load_sees_every_committed_batch()
    {
        using (_bot.Papers.BeginBulk())
        {
            _bot.Papers.UpsertBatch(Batch(1, 200, "quokka"));
            _bot.Papers.UpsertBatch(Batch(201, 200, "wombat"));

            Assert.Equal(200, _bot.Search("quokka").TotalHits);
            Assert.Equal(200, _bot.Search("wombat").TotalHits);

            // A paper changed while the follower may still hold the older batch: indexed once, in its latest form.
            _bot.Papers.UpsertBatch([Titled("2412.00005", "platypus replaced") with { Version = 2 }]);
        }

        Assert.Equal(199, _bot.Search("quokka").TotalHits);
        Assert.Equal(["2412.00005"], _bot.Ids("platypus"));
        Assert.Equal(400, _bot.Get<SearchIndex>().Search(s => s.IndexReader.NumDocs));
    }

    [Fact]
    public void After_a_bulk_load_writes_are_indexed_inside_the_write_again()
    {
        using (_bot.Papers.BeginBulk())
        {
            _bot.Papers.UpsertBatch(Batch(1, 50, "quokka"));
        }

        _bot.Papers.Upsert(Titled("2412.09999", "wombat burrows"));

        // Without a search first: the write itself committed the index.
        Assert.Equal(_bot.Papers.Revision, _bot.Get<SearchIndex>().CommittedRevision);
    }

    [Fact]
    public void A_bulk_load_on_a_store_whose_index_is_missing_builds_it_once_first()
    {
        _bot.Papers.UpsertBatch(Batch(1, 100, "quokka"));
        _bot.Restart(search: false);
        _bot.Papers.UpsertBatch(Batch(101, 100, "wombat"));
        _bot.Restart();
        Directory.Delete(_bot.IndexPath, recursive: true);

        using (_bot.Papers.BeginBulk())
        {
            _bot.Papers.UpsertBatch(Batch(201, 100, "platypus"));
        }

        Assert.Equal(300, _bot.Get<SearchIndex>().Search(s => s.IndexReader.NumDocs));
        Assert.Equal(100, _bot.Search("wombat").TotalHits);
    }

    [Fact]
    public void A_batch_large_enough_for_every_core_is_indexed_whole()
    {
        _bot.Papers.UpsertBatch(Batch(1, 1500, "quokka"));
        _bot.Papers.UpsertBatch(Batch(1, 1500, "wombat"));

        Assert.Equal(1500, _bot.Get<SearchIndex>().Search(s => s.IndexReader.NumDocs));
        Assert.Equal(0, _bot.Search("quokka").TotalHits);
        Assert.Equal(1500, _bot.Search("wombat").TotalHits);
    }

    [Fact]
    public void A_large_batch_that_re_keys_one_of_its_own_papers_leaves_one_document_for_it()
    {
        var journal = TestPapers.Journal("10.1000/j") with { Title = "Platypus venom in the journal" };
        var arxiv = Titled("2412.09999", "Platypus venom") with { Dois = ["10.1000/j"] };

        // Where two slices would meet: analysed in parallel, the re-keyed paper's delete would come first.
        _bot.Papers.UpsertBatch([.. Batch(1, 600, "quokka"), journal, arxiv, .. Batch(601, 600, "quokka")]);

        Assert.Equal(["2412.09999"], _bot.Ids("platypus"));
        Assert.Equal(1201, _bot.Get<SearchIndex>().Search(s => s.IndexReader.NumDocs));
    }

    [Fact]
    public void Only_batches_whose_papers_touch_no_other_document_of_the_batch_are_indexed_out_of_order()
    {
        var journal = TestPapers.Journal("10.1000/j");
        var arxiv = Titled("2412.09999", "Platypus venom") with { Dois = ["10.1000/j"] };
        var others = Batch(1, 3, "quokka");

        Assert.True(SearchIndex.Independent([.. others, arxiv]));
        Assert.True(SearchIndex.Independent([journal, .. others]));
        Assert.False(SearchIndex.Independent([journal, .. others, arxiv]));
        Assert.False(SearchIndex.Independent([.. others, others[1] with { Version = 2 }]));
    }

    [Fact]
    public void A_write_tells_the_index_which_papers_are_new_to_the_store()
    {
        _bot.Papers.Upsert(Titled("2412.00001", "Quokka populations"));
        StoredBatch? heard = null;
        var store = new PaperStore(_bot.Get<DigestBot.Storage.Database>(), [new Listener(b => heard = b)]);

        store.UpsertBatch([Titled("2412.00001", "Quokka populations revisited"), Titled("2412.00002", "Wombat burrows"), Titled("2412.00002", "Wombat burrows, again")]);

        Assert.NotNull(heard);
        Assert.Equal(["2412.00002"], heard.Added);
        Assert.Equal(["2412.00001", "2412.00002", "2412.00002"], heard.Changed.Select(p => p.Id));
    }

    [Fact]
    public void A_paper_new_then_changed_in_the_same_write_has_one_document_in_its_last_form()
    {
        _bot.Papers.UpsertBatch([Titled("2412.00001", "Quokka populations"), Titled("2412.00001", "Wombat burrows") with { Version = 2 }]);

        Assert.Equal(1, _bot.Get<SearchIndex>().Search(s => s.IndexReader.NumDocs));
        Assert.Empty(_bot.Ids("quokka"));
        Assert.Equal(["2412.00001"], _bot.Ids("wombat"));
    }

    [Fact]
    public void A_paper_removed_and_stored_again_as_new_has_one_document()
    {
        _bot.Papers.UpsertBatch(Batch(1, 600, "quokka"));
        _bot.Papers.Remove(["2412.00001", "2412.00002"], SearchHarness.Now);

        using (_bot.Papers.BeginBulk())
        {
            _bot.Papers.UpsertBatch(Batch(1, 600, "quokka"));
        }

        Assert.Equal(600, _bot.Get<SearchIndex>().Search(s => s.IndexReader.NumDocs));
        Assert.Equal(["2412.00001"], _bot.Ids("ti:\"quokka number 1\""));
    }

    private sealed class Listener(Action<StoredBatch> heard) : IPaperStoreListener
    {
        public void Committed(PaperStore store, StoredBatch batch) => heard(batch);
    }

    [Fact]
    public void Batches_the_writer_holds_uncommitted_are_committed_by_a_search_not_indexed_again()
    {
        _bot.Papers.UpsertBatch(Batch(1, 10, "quokka"));
        _bot.Restart(search: false);
        _bot.Papers.UpsertBatch(Batch(11, 10, "wombat"));
        _bot.Restart();
        var index = _bot.Get<SearchIndex>();
        Assert.Null(index.Open(_bot.Papers.Revision));

        // What a bulk load that deferred its commit leaves: the writer holds the wombats, the last commit does not.
        index.Index(_bot.Papers.ChangedSince(10, 100));
        index.Indexed(20);

        Assert.Equal(10, _bot.Search("wombat").TotalHits);
        Assert.Equal(20, index.CommittedRevision);
        Assert.Equal(20, index.Search(s => s.IndexReader.NumDocs));
        Assert.DoesNotContain(_bot.ProgressLines, l => l.Contains("stored after its last commit", StringComparison.Ordinal));
    }
}
