using System.Globalization;
using DigestBot.Papers;
using DigestBot.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace DigestBot.Search;

/// <summary>
/// The Lucene index in <c>search-index/</c> under the data directory: one <see cref="IndexWriter"/> on a
/// <see cref="PositionalReadDirectory"/> (an NIOFSDirectory whose files are mapped on Linux and read with pread
/// elsewhere; never Lucene.NET's MMapDirectory: its issues #1151/#1013) and a <see cref="SearcherManager"/>
/// refreshed at each commit. Each commit records the store revision it covers (<see cref="CommittedRevision"/>);
/// <see cref="SearchIndexSync"/> decides what to index. Not thread-safe for writes: the sync serialises them.
/// </summary>
public sealed class SearchIndex(DataDirectory data) : IDisposable
{
    public const string DirectoryName = "search-index";

    /// <summary>What <see cref="Open"/> says on a first start; every other reason to rebuild is an anomaly worth a warning.</summary>
    internal const string NoIndexYet = "there is none yet";

    // Bumped whenever analysis or fields change, so older indexes are rebuilt rather than misread.
    // 2: each field analysed with its own chain (version 1 could analyse authors and titles alike on a thread).
    // 3: no first-seen field (nothing searched it; its 16 trie terms a paper cost indexing time).
    // 4: the published date also as a doc-values column, to sort by date and break equal scores.
    // 5: dates by their precision (a year-only date counts as its whole year in windows), undated papers in no window
    //    (they had their first-seen date), and the precision stored for hits.
    // 6: British spellings indexed with their American forms beside them ("optimisation" also as "optimization").
    private const string SchemaVersion = "6";
    private const string SchemaKey = "digestbot.schema";
    private const string RevisionKey = "digestbot.revision";

    // Below this many papers a thread of its own costs more than it saves.
    private const int MinSlice = 250;

    private static readonly HashSet<string> NoneAdded = [];

    private readonly PaperDocument.Builder _documents = new();
    private FSDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;
    private long _committedRevision;
    private long _indexedRevision;

    public string Path => data.Combine(DirectoryName);

    internal bool IsOpen => Volatile.Read(ref _writer) is not null;

    /// <summary>The highest store revision the last commit holds every change up to.</summary>
    internal long CommittedRevision => Interlocked.Read(ref _committedRevision);

    /// <summary>
    /// The highest store revision the writer holds every change up to, committed or not: ahead of
    /// <see cref="CommittedRevision"/> while a bulk load defers its commits (what a crash loses is indexed again).
    /// </summary>
    internal long IndexedRevision => Interlocked.Read(ref _indexedRevision);

    /// <summary>
    /// Opens the index, creating it when missing and starting afresh when unreadable. Returns why it must be rebuilt
    /// from the store, or null when it is usable and only needs the changes after <see cref="CommittedRevision"/>.
    /// </summary>
    internal string? Open(long storeRevision)
    {
        Interlocked.Exchange(ref _committedRevision, 0);
        Interlocked.Exchange(ref _indexedRevision, 0);
        try
        {
            if (!OpenWriter())
            {
                return NoIndexYet;
            }

            var commit = _writer!.CommitData;
            if (!commit.TryGetValue(SchemaKey, out var schema) || schema != SchemaVersion)
            {
                return "it was built by another version of digestbot";
            }

            if (!commit.TryGetValue(RevisionKey, out var text) || !long.TryParse(text, CultureInfo.InvariantCulture, out var revision))
            {
                return "it does not say how far it got";
            }

            Interlocked.Exchange(ref _committedRevision, revision);
            Interlocked.Exchange(ref _indexedRevision, revision);
            return revision > storeRevision ? "it is ahead of the database (was the database restored?)" : null;
        }
        catch (Exception e) when (e is not LockObtainFailedException && IsUnreadable(e))
        {
            Close();
            System.IO.Directory.Delete(Path, recursive: true);
            OpenWriter();
            return $"it is unreadable ({ExceptionText.OneLine(e)})";
        }
    }

    /// <summary>
    /// Adds or replaces each paper's document (and drops the documents of keys it was re-keyed from). Papers in
    /// <paramref name="added"/> (new to the store in this write) are added without a delete: looking up the id
    /// term of every earlier segment for each new paper was a growing share of a bulk import. Large batches are
    /// analysed on every core when no paper in them touches another's document; otherwise in order.
    /// </summary>
    internal void Index(IReadOnlyList<Paper> papers, IReadOnlySet<string>? added = null)
    {
        added ??= NoneAdded;
        if (Slices(papers.Count) > 1 && Independent(papers))
        {
            InParallel(papers, (writer, builder, paper) => Write(writer, builder, paper, added.Contains(paper.Id)));
            return;
        }

        // A paper twice in one write was new only the first time.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            Write(_writer!, _documents, paper, seen.Add(paper.Id) && added.Contains(paper.Id));
        }
    }

    /// <summary>Adds documents without looking for older ones: only after <see cref="DeleteAll"/>.</summary>
    internal void Add(IReadOnlyList<Paper> papers)
    {
        if (Slices(papers.Count) > 1)
        {
            InParallel(papers, (writer, builder, paper) => writer.AddDocument(builder.Fill(paper)));
            return;
        }

        foreach (var paper in papers)
        {
            _writer!.AddDocument(_documents.Fill(paper));
        }
    }

    /// <summary>Drops the documents of papers removed from the store.</summary>
    internal void Remove(IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            _writer!.DeleteDocuments(new Term(IndexFields.Id, id));
        }
    }

    internal void DeleteAll() => _writer!.DeleteAll();

    /// <summary>Records that the writer now holds every change up to <paramref name="revision"/>, not yet committed.</summary>
    internal void Indexed(long revision) => Interlocked.Exchange(ref _indexedRevision, revision);

    /// <summary>Commits everything indexed so far as covering the store up to <paramref name="revision"/>, then refreshes searchers.</summary>
    internal void Commit(long revision)
    {
        _writer!.SetCommitData(new Dictionary<string, string>
        {
            [SchemaKey] = SchemaVersion,
            [RevisionKey] = revision.ToString(CultureInfo.InvariantCulture),
        });
        CrashPoints.Hit("before-index-commit");
        _writer.Commit();
        Interlocked.Exchange(ref _committedRevision, revision);
        Interlocked.Exchange(ref _indexedRevision, revision);
        _searchers!.MaybeRefreshBlocking();
    }

    /// <summary>Runs <paramref name="search"/> on the current searcher (open the index first).</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searchers = _searchers ?? throw new InvalidOperationException("the search index is not open");
        var searcher = searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Closes the index, dropping whatever was not committed (a later open resumes from the last commit).</summary>
    internal void Close()
    {
        _searchers?.Dispose();
        _searchers = null;
        try
        {
            _writer?.Rollback();
        }
        finally
        {
            Volatile.Write(ref _writer, null);
            _directory?.Dispose();
            _directory = null;
        }
    }

    public void Dispose() => Close();

    /// <summary>Opens the writer (creating an empty index when there is none); true when an index was already there.</summary>
    private bool OpenWriter()
    {
        _directory = new PositionalReadDirectory(Path);
        var existed = DirectoryReader.IndexExists(_directory);
        var config = new IndexWriterConfig(PaperAnalyzer.Version, PaperAnalyzer.ForIndexing)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Bm25SearcherFactory.Similarity,
            RAMBufferSizeMB = 64,
        };
        _writer = new IndexWriter(_directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
        return existed;
    }

    private static void Write(IndexWriter writer, PaperDocument.Builder builder, Paper paper, bool isNew)
    {
        var replaced = false;
        foreach (var former in PaperDocument.FormerKeys(paper))
        {
            writer.DeleteDocuments(new Term(IndexFields.Id, former));
            replaced = true;
        }

        if (isNew && !replaced)
        {
            writer.AddDocument(builder.Fill(paper));
        }
        else
        {
            writer.UpdateDocument(new Term(IndexFields.Id, paper.Id), builder.Fill(paper));
        }
    }

    /// <summary>How many threads a batch is worth: one per core, each with at least <see cref="MinSlice"/> papers.</summary>
    private static int Slices(int count) => Math.Clamp(count / MinSlice, 1, Environment.ProcessorCount);

    /// <summary>
    /// Whether the papers can be indexed in any order: no paper twice, and no paper re-keyed from another's key
    /// in the same batch (its delete must come after that paper's update).
    /// </summary>
    internal static bool Independent(IReadOnlyList<Paper> papers)
    {
        var ids = new HashSet<string>(papers.Count, StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            if (!ids.Add(paper.Id))
            {
                return false;
            }
        }

        return !papers.Any(p => PaperDocument.FormerKeys(p).Any(ids.Contains));
    }

    /// <summary>
    /// Runs <paramref name="write"/> on contiguous slices of the batch, one thread and document builder per slice
    /// (an <see cref="IndexWriter"/> takes documents from several threads at once).
    /// </summary>
    private void InParallel(IReadOnlyList<Paper> papers, Action<IndexWriter, PaperDocument.Builder, Paper> write)
    {
        var writer = _writer!;
        var slices = Slices(papers.Count);
        var size = (papers.Count + slices - 1) / slices;
        Parallel.For(0, slices, new ParallelOptions { MaxDegreeOfParallelism = slices }, slice =>
        {
            var builder = slice == 0 ? _documents : new PaperDocument.Builder();
            for (var i = slice * size; i < Math.Min(papers.Count, (slice + 1) * size); i++)
            {
                write(writer, builder, papers[i]);
            }
        });
    }

    private static bool IsUnreadable(Exception e) =>
        e is IOException or InvalidOperationException or FormatException or ArgumentException or IndexOutOfRangeException;
}
