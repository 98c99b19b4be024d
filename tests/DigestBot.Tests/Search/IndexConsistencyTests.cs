using DigestBot.Papers;
using DigestBot.Search;
using DigestBot.Storage;
using DigestBot.Tests.Support;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using NIOFSDirectory = Lucene.Net.Store.NIOFSDirectory;
using Lucene.Net.Util;

namespace DigestBot.Tests.Search;

/// <summary>
/// LiteDB is the truth and the index follows it: every store write reaches the index, and whatever a crash, an
/// older digestbot or a lost index left behind is repaired when the index is next opened.
/// </summary>
public sealed class IndexConsistencyTests : IDisposable
{
    private readonly SearchHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    private static Paper Titled(string id, string title, int version = 1) =>
        TestPapers.Arxiv(id, version) with { Title = title };

    [Fact]
    public void Every_committed_store_write_is_indexed_and_committed_at_once()
    {
        _bot.Papers.Upsert(Titled("2412.00001", "Quokka populations"));
        _bot.Papers.UpsertBatch([Titled("2412.00002", "Wombat burrows"), Titled("2412.00003", "Platypus venom")]);

        var index = _bot.Get<SearchIndex>();
        Assert.Equal(3, _bot.Papers.Revision);
        Assert.Equal(3, index.CommittedRevision);
        Assert.Equal(3, index.Search(s => s.IndexReader.NumDocs));
    }

    [Fact]
    public async Task Imports_reach_the_index_through_the_store()
    {
        await _bot.ImportAsync("arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml");

        Assert.Equal(_bot.Papers.Revision, _bot.Get<SearchIndex>().CommittedRevision);
        Assert.Equal(10, _bot.Search("au:del_maestro").TotalHits);
    }

    [Fact]
    public async Task A_paper_stored_while_the_index_was_not_listening_is_found_after_a_restart()
    {
        // The state a crash between the LiteDB commit and the index commit leaves: the store is ahead of the index.
        _bot.Papers.Upsert(Titled("2412.00001", "Quokka populations"));
        _bot.Restart(search: false);
        _bot.Papers.Upsert(Titled("2412.00002", "Wombat burrows"));
        _bot.Papers.Upsert(Titled("2412.00001", "Quokka populations revisited", version: 2));

        _bot.Restart();
        await _bot.StartSearchAsync();

        Assert.Equal(_bot.Papers.Revision, _bot.Get<SearchIndex>().CommittedRevision);
        Assert.Equal(["2412.00002"], _bot.Ids("wombat"));
        Assert.Equal(["2412.00001"], _bot.Ids("quokka"));
        Assert.Equal(["2412.00001"], _bot.Ids("revisited"));
        Assert.Equal(2, _bot.Search("all:ada").TotalHits);
    }

    [Fact]
    public void A_search_brings_the_index_up_to_date_first()
    {
        _bot.Restart(search: false);
        _bot.Papers.Upsert(Titled("2412.00001", "Quokka populations"));
        _bot.Restart();

        Assert.Equal(["2412.00001"], _bot.Ids("quokka"));
        Assert.Contains("search index: there is none yet; building it from 1 paper", _bot.ProgressLines);
    }

    [Fact]
    public void A_missing_index_is_rebuilt_from_the_store_with_progress_lines()
    {
        _bot.Papers.UpsertBatch([Titled("2412.00001", "Quokka populations"), Titled("2412.00002", "Wombat burrows")]);
        _bot.Restart(search: false);
        Directory.Delete(_bot.IndexPath, recursive: true);

        _bot.Restart();

        Assert.Equal(["2412.00002"], _bot.Ids("wombat"));
        Assert.Equal("search index: there is none yet; building it from 2 papers", _bot.ProgressLines[0]);
        Assert.StartsWith("search index: 2 papers indexed in ", _bot.ProgressLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_index_is_rebuilt()
    {
        _bot.Papers.UpsertBatch([Titled("2412.00001", "Quokka populations"), Titled("2412.00002", "Wombat burrows")]);
        _bot.Restart(search: false);
        foreach (var file in Directory.GetFiles(_bot.IndexPath))
        {
            File.WriteAllText(file, "not a lucene file");
        }

        _bot.Restart();

        Assert.Equal(["2412.00001"], _bot.Ids("quokka"));
        Assert.Contains(_bot.ProgressLines, l => l.StartsWith("search index: it is unreadable (", StringComparison.Ordinal));
    }

    [Fact]
    public void An_index_written_by_another_version_is_rebuilt()
    {
        _bot.Papers.Upsert(Titled("2412.00001", "Quokka populations"));
        _bot.Restart(search: false);
        using (var directory = new NIOFSDirectory(_bot.IndexPath))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["digestbot.schema"] = "0", ["digestbot.revision"] = "1" });
            writer.Commit();
        }

        _bot.Restart();

        Assert.Equal(["2412.00001"], _bot.Ids("quokka"));
        Assert.Contains("search index: it was built by another version of digestbot; building it from 1 paper", _bot.ProgressLines);
    }

    [Fact]
    public void An_index_ahead_of_the_database_is_rebuilt()
    {
        _bot.Papers.UpsertBatch([Titled("2412.00001", "Quokka populations"), Titled("2412.00002", "Wombat burrows")]);
        _bot.Restart(search: false);
        File.Delete(Path.Combine(_bot.DataPath, Database.FileName));
        _bot.Restart(search: false);
        _bot.Papers.Upsert(Titled("2412.00003", "Platypus venom"));

        _bot.Restart();

        Assert.Empty(_bot.Ids("quokka"));
        Assert.Equal(["2412.00003"], _bot.Ids("platypus"));
        Assert.Contains(_bot.ProgressLines, l => l.Contains("ahead of the database", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paper_re_keyed_from_its_doi_to_its_arxiv_id_is_found_once_under_the_new_key()
    {
        _bot.Papers.Upsert(TestPapers.Journal("10.1000/quokka") with { Title = "Quokka populations" });
        Assert.Equal(["doi:10.1000/quokka"], _bot.Ids("quokka"));

        _bot.Papers.Upsert(Titled("2412.00001", "Quokka populations") with { Dois = ["10.1000/quokka"] });

        Assert.Equal(["2412.00001"], _bot.Ids("quokka"));
        Assert.Equal(["2412.00001"], _bot.Ids("id:10.1000/quokka"));
    }

    [Fact]
    public void A_new_version_replaces_the_old_one_in_the_index()
    {
        _bot.Papers.Upsert(Titled("2412.00001", "Quokka populations"));

        _bot.Papers.Upsert(Titled("2412.00001", "Wombat burrows", version: 2));

        Assert.Empty(_bot.Ids("ti:quokka"));
        Assert.Equal(["2412.00001"], _bot.Ids("ti:wombat"));
    }

    [Fact]
    public void Seeing_a_paper_again_unchanged_neither_bumps_the_revision_nor_touches_the_index()
    {
        _bot.Papers.Upsert(Titled("2412.00001", "Quokka populations"));

        var again = _bot.Papers.Upsert(Titled("2412.00001", "Quokka populations"));

        Assert.Equal(UpsertOutcome.Unchanged, again.Outcome);
        Assert.Equal(1, again.Paper.Revision);
        Assert.Equal(1, _bot.Papers.Revision);
        Assert.Equal(1, _bot.Get<SearchIndex>().CommittedRevision);
    }

    [Fact]
    public void Reindex_rebuilds_the_same_index_from_the_store()
    {
        _bot.Papers.UpsertBatch([Titled("2412.00001", "Quokka populations"), Titled("2412.00002", "Wombat burrows")]);
        var before = _bot.Search("all:ada");

        var count = _bot.Get<SearchIndexSync>().Rebuild(_bot.Papers, new Progress<string>(), CancellationToken.None);

        Assert.Equal(2, count);
        Assert.Equal(before.Hits.Select(h => h.Id), _bot.Search("all:ada").Hits.Select(h => h.Id));
        Assert.Equal(2, _bot.Get<SearchIndex>().Search(s => s.IndexReader.NumDocs));
    }

    [Fact]
    public void A_cancelled_reindex_leaves_the_index_as_it_was()
    {
        _bot.Papers.UpsertBatch([Titled("2412.00001", "Quokka populations"), Titled("2412.00002", "Wombat burrows")]);
        var before = _bot.Search("all:ada").Hits.Select(h => h.Id).ToList();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel(); // as Ctrl+C would, after the rebuild has cleared the writer's documents

        Assert.Throws<OperationCanceledException>(() => _bot.Get<SearchIndexSync>().Rebuild(_bot.Papers, new Progress<string>(), cancelled.Token));

        Assert.Equal(2, before.Count);
        Assert.Equal(before, _bot.Search("all:ada").Hits.Select(h => h.Id));
        Assert.Equal(2, _bot.Get<SearchIndex>().Search(s => s.IndexReader.NumDocs));
    }

    [Fact]
    public void A_feed_category_too_long_for_a_keyword_does_not_stop_indexing()
    {
        _bot.Papers.Upsert(Titled("2412.00001", "Quokka populations") with { Categories = ["cs.LG", new string('x', 40_000)] });

        Assert.Equal(1, _bot.Get<SearchIndex>().CommittedRevision);
        Assert.Equal(["2412.00001"], _bot.Ids("quokka cat:cs.LG"));
    }

    [Fact]
    public void A_title_match_ranks_above_an_abstract_that_repeats_the_word()
    {
        _bot.Papers.UpsertBatch(
        [
            Titled("2412.00001", "On marsupials") with { Abstract = "Quokka, quokka and more quokka: a study of marsupials in the wild." },
            Titled("2412.00002", "Quokka populations") with { Abstract = "We count marsupials on an island." },
        ]);

        Assert.Equal(["2412.00002", "2412.00001"], _bot.Ids("quokka"));
    }
}
