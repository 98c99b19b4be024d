using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DigestBot.Commands;
using DigestBot.Papers;
using Microsoft.Extensions.Logging;

namespace DigestBot.Search;

/// <summary>
/// Keeps the <see cref="SearchIndex"/> derived from LiteDB. Every committed store write reaches it
/// (<see cref="IPaperStoreListener"/>) and is indexed and committed as one batch; whatever a crash lost between
/// the LiteDB commit and the index commit is found by revision and indexed when the index is next opened; a
/// missing or unreadable index is rebuilt from every stored paper, with progress lines.
/// </summary>
public sealed class SearchIndexSync(SearchIndex index, ILogger<SearchIndexSync> logger) : IBulkPaperStoreListener
{
    private const int PageSize = 1000;
    private const int CommitEvery = 50_000;

    // A rebuild this large takes a while: it is announced as a warning, which one-shot commands (quiet below
    // warnings) show too, so an upgraded install's first import does not seem to hang.
    private const int LargeRebuild = 10_000;
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();

    /// <summary>How long a bulk load's writer may pause before the batches indexed meanwhile are committed.</summary>
    internal TimeSpan BulkPause { get; set; } = TimeSpan.FromSeconds(1);

    private BulkFollower? _bulk;

    /// <summary>Opens the index when needed and indexes what the store holds beyond it, so a search sees every stored paper.</summary>
    public void EnsureCurrent(PaperStore store, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        // The common case, without the lock, so searches never wait for each other.
        if (index.IsOpen && index.CommittedRevision >= store.Revision)
        {
            return;
        }

        lock (_gate)
        {
            EnsureCurrentLocked(store, progress ?? new LogProgress(logger), cancellationToken);
        }
    }

    /// <summary>Rebuilds the index from every stored paper (<c>reindex</c>); returns how many papers it indexed.</summary>
    public int Rebuild(PaperStore store, IProgress<string> progress, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            try
            {
                if (!index.IsOpen)
                {
                    index.Open(store.Revision);
                }

                return RebuildLocked(store, progress, cancellationToken);
            }
            catch
            {
                // Nothing of a failed rebuild is committed: the index stays as it was.
                index.Close();
                throw;
            }
        }
    }

    public void Committed(PaperStore store, StoredBatch batch)
    {
        if (Volatile.Read(ref _bulk) is { } bulk && bulk.Store == store && bulk.TryQueue(batch))
        {
            return;
        }

        Apply(store, batch);
    }

    /// <summary>
    /// During a bulk load, indexes each stored batch on a thread of its own while the next one is written to LiteDB
    /// (at most one batch waits; the writer waits beyond that). Searches meanwhile still see every committed write:
    /// <see cref="EnsureCurrent"/> catches up from LiteDB. Disposing waits until every batch is indexed.
    /// </summary>
    public IDisposable BeginBulk(PaperStore store)
    {
        // Opened (or rebuilt) first, so every batch then lines up with the last commit: a rebuild started by the
        // first batch would race the writes that follow it and index them twice.
        try
        {
            EnsureCurrent(store);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Search index update failed, it will catch up later");
        }

        var follower = new BulkFollower(this, store);
        if (Interlocked.CompareExchange(ref _bulk, follower, null) is not null)
        {
            // Another bulk load already follows the store: this one shares it.
            follower.Dispose();
            return new BulkFollower.None();
        }

        follower.Start();
        return follower;
    }

    /// <summary>
    /// Indexes one stored batch when it follows what the writer holds (else catches up from the last commit), and
    /// commits unless <paramref name="commit"/> says a bulk load will commit later.
    /// </summary>
    private void Apply(PaperStore store, StoredBatch batch, bool commit = true) => Update(() =>
    {
        if (index.IsOpen && batch.PreviousRevision == index.IndexedRevision)
        {
            index.Index(batch.Changed, batch.Added);
            index.Remove(batch.Removed);
            if (commit)
            {
                index.Commit(batch.Revision);
            }
            else
            {
                index.Indexed(batch.Revision);
            }
        }
        else
        {
            EnsureCurrentLocked(store, new LogProgress(logger), CancellationToken.None);
        }
    });

    /// <summary>Commits what the writer holds beyond the last commit (a bulk load's deferred batches).</summary>
    private void CommitIndexed() => Update(() =>
    {
        if (index.IsOpen && index.IndexedRevision > index.CommittedRevision)
        {
            index.Commit(index.IndexedRevision);
        }
    });

    /// <summary>
    /// Runs one change to the index under the lock. On failure the index is closed: the papers are safely in LiteDB,
    /// and the index catches up from its last commit when it is next opened.
    /// </summary>
    private void Update(Action change)
    {
        try
        {
            lock (_gate)
            {
                change();
            }
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Search index update failed, it will catch up later");
            index.Close();
        }
    }

    private void EnsureCurrentLocked(PaperStore store, IProgress<string> progress, CancellationToken cancellationToken)
    {
        try
        {
            if (!index.IsOpen && index.Open(store.Revision) is { } reason)
            {
                var count = store.Count();
                if (reason != SearchIndex.NoIndexYet || count >= LargeRebuild)
                {
                    logger.LogWarning("Rebuilding the search index from {Count} papers: {Reason}", count, reason);
                }

                if (count > 0)
                {
                    progress.Report($"search index: {reason}; building it from {Counts.Papers(count)}");
                }

                // A new install has nothing to say: its first write will be indexed like any other.
                RebuildLocked(store, count > 0 ? progress : new Progress<string>(), cancellationToken);
                return;
            }

            CatchUpLocked(store, progress, cancellationToken);
        }
        catch
        {
            // Uncommitted work is dropped; the next attempt starts again from the last commit.
            index.Close();
            throw;
        }
    }

    private int RebuildLocked(PaperStore store, IProgress<string> progress, CancellationToken cancellationToken)
    {
        // Read before the pages: anything written meanwhile has a higher revision and is caught up afterwards.
        var revision = store.Revision;
        var total = store.Count();
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        var done = 0;
        index.DeleteAll();
        for (var page = store.Page(null, PageSize); page.Count > 0; page = store.Page(page[^1].Id, PageSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            index.Add(page);
            done += page.Count;
            if (clock.Elapsed - last >= ProgressEvery)
            {
                last = clock.Elapsed;
                progress.Report(string.Create(CultureInfo.InvariantCulture, $"search index: {done:N0} of {total:N0} papers"));
            }
        }

        index.Commit(revision);
        CatchUpLocked(store, progress, cancellationToken);
        progress.Report(string.Create(CultureInfo.InvariantCulture, $"search index: {Counts.Papers(done)} indexed in {clock.Elapsed.TotalSeconds:F1} s"));
        return done;
    }

    /// <summary>
    /// Drops the papers removed after the last commit, then indexes the ones changed after it, in revision order,
    /// committing as it goes. Removals go first: a paper removed and stored again is indexed by the later write.
    /// </summary>
    private void CatchUpLocked(PaperStore store, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var done = 0;
        var pending = 0;

        // From what the writer holds, not the last commit: a bulk load's uncommitted batches need a commit, not
        // indexing again.
        var revision = index.IndexedRevision;
        var held = revision > index.CommittedRevision;
        var (removed, removedUpTo) = store.RemovedSince(revision);
        index.Remove(removed);
        for (var page = store.ChangedSince(revision, PageSize); page.Count > 0; page = store.ChangedSince(revision, PageSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            index.Index(page);
            revision = page[^1].Revision;
            done += page.Count;
            pending += page.Count;
            if (pending >= CommitEvery)
            {
                index.Commit(revision);
                pending = 0;
            }
        }

        if (done > 0 || removed.Count > 0 || held)
        {
            index.Commit(Math.Max(revision, removedUpTo));
        }

        if (done > 0)
        {
            progress.Report($"search index: indexed {Counts.Papers(done)} stored after its last commit");
        }
    }

    /// <summary>The thread that indexes a bulk load's batches in order (see <see cref="BeginBulk"/>).</summary>
    private sealed class BulkFollower(SearchIndexSync sync, PaperStore store) : IDisposable
    {
        private readonly BlockingCollection<StoredBatch> _queue = new(boundedCapacity: 1);
        private Thread? _thread;

        public PaperStore Store => store;

        public void Start()
        {
            _thread = new Thread(Follow) { IsBackground = true, Name = "search index (bulk)" };
            _thread.Start();
        }

        /// <summary>Queues a batch, waiting while one is already queued; false once the bulk load has ended.</summary>
        public bool TryQueue(StoredBatch batch)
        {
            try
            {
                _queue.Add(batch);
                return true;
            }
            catch (InvalidOperationException)
            {
                // Ended between the check and the add: the writer indexes it itself, after what was queued.
                return false;
            }
        }

        public void Dispose()
        {
            Interlocked.CompareExchange(ref sync._bulk, null, this);
            _queue.CompleteAdding();
            _thread?.Join();
            _queue.Dispose();
        }

        /// <summary>
        /// Indexes the queued batches in order. Commits at least every <see cref="CommitEvery"/> papers, once the writer
        /// has paused (no batch for <see cref="BulkPause"/>) and at the end, so a pause or the end leaves everything
        /// committed. Committing each time it caught up with the writer meant a commit per batch: a segment flush, an
        /// fsync and a searcher refresh each time, and small segments to merge later (about a tenth of a snapshot
        /// import's time).
        /// </summary>
        private void Follow()
        {
            var uncommitted = 0;
            while (true)
            {
                if (!_queue.TryTake(out var batch, uncommitted > 0 ? sync.BulkPause : Timeout.InfiniteTimeSpan))
                {
                    // The writer paused, or the load ended. (A commit that failed closed the index, which then catches
                    // up by itself: nothing is held for a retry.)
                    sync.CommitIndexed();
                    uncommitted = 0;
                    if (_queue.IsCompleted)
                    {
                        return;
                    }

                    continue;
                }

                uncommitted += batch.Changed.Count + batch.Removed.Count;
                var commit = uncommitted >= CommitEvery;
                sync.Apply(store, batch, commit);
                uncommitted = commit ? 0 : uncommitted;
            }
        }

        public sealed class None : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
