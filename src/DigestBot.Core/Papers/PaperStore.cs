using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Papers;

/// <summary>
/// Papers in LiteDB, one record per paper across sources. Every key a paper is known by (its DOIs, the key it
/// had before being re-keyed to an arXiv id) is an alias, so a lookup by any of them finds the record. Each write
/// that changes a paper stamps it with the next store <see cref="Revision"/> and, once committed, tells the
/// <see cref="IPaperStoreListener"/>s.
/// </summary>
public sealed partial class PaperStore
{
    internal const string PapersCollection = "papers";
    internal const string AliasesCollection = "paper_aliases";
    internal const string AnnouncementsCollection = "announcements";

    // Read while the store has not learnt its revision yet (it reads it at first use: the database opens after it is made).
    private const long Unknown = -1;

    private readonly Database _db;
    private readonly PaperLookup _lookup;
    private readonly IPaperStoreListener[] _listeners;

    // Upserts read, merge and write several documents; one at a time keeps that atomic within the process.
    private readonly Lock _write = new();

    // The revision the current write has reached (under _write) and the last committed one (what readers see).
    private long _revision = Unknown;
    private long _committed = Unknown;

    // Keys the current write moved to another key (under _write): their documents go from derived indexes.
    private readonly List<string> _rekeyed = [];

    // Below this many papers, finding the absent keys first costs more than the lookups it saves.
    private const int PrefetchFrom = 16;

    public PaperStore(Database db, IEnumerable<IPaperStoreListener>? listeners = null)
    {
        _db = db;
        _lookup = new PaperLookup(db);
        _listeners = [.. listeners ?? []];
    }

    private ILiteCollection<Paper> StoredPapers => _db.Collection<Paper>(PapersCollection);

    private ILiteCollection<PaperAlias> StoredAliases => _db.Collection<PaperAlias>(AliasesCollection);

    private ILiteCollection<Announcement> StoredAnnouncements => _db.Collection<Announcement>(AnnouncementsCollection);

    /// <summary>The revision of the last committed write that changed a paper (0 for an empty store).</summary>
    public long Revision => Interlocked.Read(ref _committed) is var committed and not Unknown ? committed : LoadRevision();

    /// <summary>
    /// Starts a bulk load (an import): until the scope is disposed, listeners that can (the search index) follow the
    /// writes on their own thread instead of inside each write. Disposing waits until they have caught up.
    /// </summary>
    public IDisposable BeginBulk()
    {
        var scopes = _listeners.OfType<IBulkPaperStoreListener>().Select(l => l.BeginBulk(this)).ToList();
        return new BulkScope(scopes);
    }

    /// <summary>Papers changed after <paramref name="revision"/>, in revision order.</summary>
    public IReadOnlyList<Paper> ChangedSince(long revision, int limit) =>
        StoredPapers.Query().Where("$.Revision > @0", new BsonValue(revision)).OrderBy("$.Revision").Limit(limit).ToList();

    /// <summary>Every paper in key order, a page at a time: the ones after key <paramref name="after"/> (null: from the start).</summary>
    public IReadOnlyList<Paper> Page(string? after, int limit) =>
        StoredPapers.Query().Where("$._id > @0", new BsonValue(after ?? string.Empty)).OrderBy("$._id").Limit(limit).ToList();

    /// <summary>Papers queued for announcement, oldest first.</summary>
    public IReadOnlyList<Announcement> Announcements() => [.. StoredAnnouncements.Query().OrderBy(a => a.QueuedAt).ToList()];

    /// <summary>The paper's announcement, or null when it was stored without one (a backfill, too old, a replacement).</summary>
    public Announcement? AnnouncementOf(string paperId) => StoredAnnouncements.FindById(paperId);

    /// <summary>Announcements not yet matched against the watches, oldest first.</summary>
    /// <remarks>Found through the PercolatedAt index (only those are read), then ordered here: they are few.</remarks>
    public IReadOnlyList<Announcement> Unpercolated(int limit) =>
        [.. StoredAnnouncements.Find(Query.EQ("PercolatedAt", BsonValue.Null)).OrderBy(a => a.QueuedAt).ThenBy(a => a.Id, StringComparer.Ordinal).Take(limit)];

    /// <summary>
    /// Marks announcements matched; call inside the transaction that stores their deliveries. With
    /// <paramref name="semanticPending"/>, semantic watches are still to be matched (see <see cref="Announcement.SemanticPending"/>).
    /// </summary>
    public void MarkPercolated(IEnumerable<Announcement> announcements, DateTimeOffset at, bool semanticPending = false)
    {
        foreach (var announcement in announcements)
        {
            StoredAnnouncements.Update(announcement with { PercolatedAt = at, SemanticPending = semanticPending });
        }
    }

    /// <summary>The paper stored under any of its keys, or null. <paramref name="id"/>'s version is ignored.</summary>
    public Paper? Find(PaperId id) => _lookup.Find(id);

    /// <summary>The most recently first-seen papers, newest first, strictly before <paramref name="before"/> when given.</summary>
    public IReadOnlyList<Paper> Latest(int limit, DateTimeOffset? before = null)
    {
        var query = StoredPapers.Query();
        if (before is { } b)
        {
            query = query.Where("$.FirstSeen < @0", new BsonValue(StorageBson.FormatUtc(b)));
        }

        return query.OrderByDescending(p => p.FirstSeen).Limit(limit).ToList();
    }

    /// <summary>The papers first seen after <paramref name="since"/>, newest first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<Paper> SeenAfter(DateTimeOffset since, int limit) =>
        StoredPapers.Query().Where("$.FirstSeen > @0", new BsonValue(StorageBson.FormatUtc(since))).OrderByDescending(p => p.FirstSeen).Limit(limit).ToList();

    public UpsertResult Upsert(Paper incoming) => UpsertBatch([incoming])[0];

    /// <summary>
    /// Stores a batch in one transaction, merging each paper with every record that shares a key. Papers for
    /// which <paramref name="announce"/> (given the batch index and the result) says yes are queued as
    /// <see cref="Announcement"/>s in the same transaction; an updated paper that has an announcement already is queued
    /// to be matched against the watches again (its earlier deliveries stand, so a channel gets it once).
    /// </summary>
    public IReadOnlyList<UpsertResult> UpsertBatch(IReadOnlyList<Paper> incoming, Func<int, UpsertResult, bool>? announce = null)
    {
        var results = new List<UpsertResult>(incoming.Count);
        Write(before =>
        {
            // Keys of the batch that were neither a paper nor an alias when it began and that it has not written
            // since: looking them up needs no query. Null for small batches.
            var absent = incoming.Count >= PrefetchFrom ? AbsentKeys(incoming) : null;
            var titles = incoming.Count >= PrefetchFrom ? PresentTitleKeys(incoming) : null;
            _rekeyed.Clear();
            _arrived.Clear();
            for (var i = 0; i < incoming.Count; i++)
            {
                var result = UpsertOne(incoming[i], absent, titles);
                titles?.Add(result.Paper.TitleKey);
                absent?.ExceptWith(LookupKeysOf(incoming[i]));
                absent?.ExceptWith(KeysOf(result.Paper));
                results.Add(result);
                var announced = announce?.Invoke(i, result) == true;
                if (announced && result.Outcome != UpsertOutcome.New && StoredAnnouncements.FindById(result.Paper.Id) is { } queued)
                {
                    StoredAnnouncements.Update(queued with { PercolatedAt = null, SemanticPending = false });
                }
                else if (announced)
                {
                    var source = incoming[i].Sources.Count > 0 ? incoming[i].Sources[0] : null;
                    StoredAnnouncements.Upsert(new Announcement
                    {
                        Id = result.Paper.Id,
                        Source = source?.Source ?? "unknown",
                        QueuedAt = source?.SeenAt ?? result.Paper.FirstSeen,
                    });
                }
            }

            StoreArrivals();
            return _revision == before ? null
                : new StoredBatch(before, _revision, [.. results.Where(r => r.Outcome != UpsertOutcome.Unchanged).Select(r => r.Paper)])
                {
                    Added = results.Where(r => r.Outcome == UpsertOutcome.New).Select(r => r.Paper.Id).ToHashSet(StringComparer.Ordinal),
                    Removed = [.. _rekeyed],
                };
        });
        return results;
    }

    private UpsertResult UpsertOne(Paper incoming, HashSet<string>? absent, HashSet<string>? titles)
    {
        var incomingId = PaperId.Parse(incoming.Id);
        var matches = FindMatches(incoming, incomingId, absent);

        // No id in common: the same work under another id (a preprint and its journal version) is still one paper.
        if (matches.Count == 0 && FindSameWork(incoming, titles) is { } found)
        {
            (incoming, _) = RecordMerge(found.Paper, incoming, ChooseKey(incomingId, [found.Paper]), (found.Surnames, found.Years));
            matches = [found.Paper];
        }

        if (matches.Count == 0)
        {
            var added = incoming with { Revision = NextRevision() };
            StoredPapers.Insert(added);
            CountInserted();
            AddAliases(added, absent);
            CountArrival(added);
            return new UpsertResult(added, UpsertOutcome.New);
        }

        var target = ChooseKey(incomingId, matches);
        var merged = matches.Aggregate(incoming, (acc, stored) => PaperMerge.Merge(stored, acc, target));
        foreach (var stored in matches.Where(m => m.Id != target))
        {
            ReKey(stored.Id, target, merged.Sources.Count > 0 ? merged.Sources.Max(r => r.SeenAt) : merged.FirstSeen);
        }

        var previous = matches.FirstOrDefault(m => m.Id == target);
        merged = merged with { Revision = previous?.Revision ?? 0 };
        var unchanged = matches.Count == 1 && previous is not null && SameDocument(previous, merged);
        if (unchanged)
        {
            return new UpsertResult(merged, UpsertOutcome.Unchanged);
        }

        merged = merged with { Revision = NextRevision() };
        CountInserted(StoredPapers.Upsert(merged)); // a new key (a merge re-keyed to an arXiv id) inserts
        AddAliases(merged, absent);
        return new UpsertResult(merged, UpsertOutcome.Updated)
        {
            GainedCategories = [.. merged.Categories.Except(matches.SelectMany(m => m.Categories), StringComparer.OrdinalIgnoreCase)],
        };
    }

    private long NextRevision() => ++_revision;

    /// <summary>
    /// The last revision stored (read once, at first use). A removed paper's tombstone may hold the highest revision:
    /// revisions never go back, even across restarts.
    /// </summary>
    private long LoadRevision()
    {
        lock (_write)
        {
            if (_revision == Unknown)
            {
                _revision = Math.Max(
                    StoredPapers.Query().OrderByDescending(p => p.Revision).Limit(1).FirstOrDefault()?.Revision ?? 0,
                    Tombstones.Query().OrderByDescending(t => t.Revision).Limit(1).FirstOrDefault()?.Revision ?? 0);
                Interlocked.Exchange(ref _committed, _revision);
            }

            return _revision;
        }
    }

    /// <summary>The keys of <paramref name="incoming"/> stored neither as a paper nor as an alias, in two queries a thousand keys.</summary>
    private HashSet<string> AbsentKeys(IReadOnlyList<Paper> incoming)
    {
        var absent = incoming.SelectMany(LookupKeysOf).ToHashSet(StringComparer.Ordinal);
        foreach (var chunk in absent.ToList().Chunk(1000))
        {
            var keys = new BsonArray(chunk.Select(k => new BsonValue(k)));
            foreach (var collection in new[] { PapersCollection, AliasesCollection })
            {
                foreach (var found in _db.Lite.GetCollection(collection).Query().Where("$._id IN @0", keys).Select("{ _id: $._id }").ToEnumerable())
                {
                    absent.Remove(found["_id"].AsString);
                }
            }
        }

        return absent;
    }

    /// <summary>
    /// One write: under the write lock and in one LiteDB transaction (rolled back, with the revision counter, on any
    /// failure). <paramref name="write"/> gets the revision before it and returns the batch the listeners hear of
    /// (null for none); they hear of it still under the lock, so they see batches in revision order.
    /// </summary>
    private void Write(Func<long, StoredBatch?> write)
    {
        lock (_write)
        {
            var before = LoadRevision();
            StoredBatch? batch;
            _countChange = 0;
            try
            {
                batch = _db.Lite.InTransaction(() => write(before));
            }
            catch
            {
                _revision = before;
                throw;
            }

            Interlocked.Exchange(ref _committed, _revision);
            CommitCount();
            CrashPoints.Hit("after-papers-stored");
            if (batch is not null)
            {
                foreach (var listener in _listeners)
                {
                    listener.Committed(this, batch);
                }
            }
        }
    }

    /// <summary>Stored papers sharing a key with <paramref name="incoming"/>, never two different arXiv papers.</summary>
    private List<Paper> FindMatches(Paper incoming, PaperId incomingId, HashSet<string>? absent)
    {
        var found = new Dictionary<string, Paper>(StringComparer.Ordinal);
        foreach (var key in LookupKeysOf(incoming))
        {
            if (absent?.Contains(key) != true && Find(PaperId.Parse(key)) is { } p && !found.ContainsKey(p.Id))
            {
                // Two arXiv papers can share a journal DOI (an erratum, a split paper): they stay separate.
                if (incomingId.Kind == PaperIdKind.Arxiv && p.Id != incoming.Id && p.ParsedId().Kind == PaperIdKind.Arxiv)
                {
                    continue;
                }

                found.Add(p.Id, p);
            }
        }

        return [.. found.Values];
    }

    /// <summary>The arXiv id when any record has one, else the incoming key (DOI over source key).</summary>
    private static string ChooseKey(PaperId incomingId, List<Paper> matches) =>
        matches.Select(m => m.ParsedId()).Append(incomingId)
            .OrderBy(id => id.Kind)
            .ThenBy(id => id == incomingId ? 0 : 1)
            .First().Key;

    /// <summary>
    /// Moves everything stored under <paramref name="oldKey"/> to <paramref name="newKey"/>: the old key becomes an alias,
    /// and a tombstone at a new revision tells derived indexes to drop the old key's document.
    /// </summary>
    private void ReKey(string oldKey, string newKey, DateTimeOffset at)
    {
        CountDeleted(StoredPapers.Delete(oldKey));
        Tombstones.Upsert(new PaperTombstone { Id = oldKey, Revision = NextRevision(), RemovedAt = at });
        _rekeyed.Add(oldKey);
        foreach (var alias in StoredAliases.Find(a => a.PaperId == oldKey).ToList())
        {
            StoredAliases.Update(alias with { PaperId = newKey });
        }

        StoredAliases.Upsert(new PaperAlias { Id = oldKey, PaperId = newKey });
        if (StoredAnnouncements.FindById(oldKey) is { } pending)
        {
            StoredAnnouncements.Delete(oldKey);
            StoredAnnouncements.Upsert(pending with { Id = newKey });
        }
    }

    private void AddAliases(Paper paper, HashSet<string>? absent)
    {
        foreach (var key in KeysOf(paper).Where(k => k != paper.Id))
        {
            // The first paper to claim a DOI keeps it (see FindMatches).
            if (absent?.Contains(key) == true || StoredAliases.FindById(key) is null)
            {
                StoredAliases.Insert(new PaperAlias { Id = key, PaperId = paper.Id });
            }
        }
    }

    /// <summary>Every key an incoming paper may already be stored under: its own and the ones older versions gave it.</summary>
    private static IEnumerable<string> LookupKeysOf(Paper paper) => KeysOf(paper).Concat(paper.FormerKeys).Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> KeysOf(Paper paper) =>
        paper.Dois
            .Select(d => PaperId.TryParseDoi(d, out var id) ? id.Key : null)
            .OfType<string>()
            .Prepend(paper.Id)
            .Distinct(StringComparer.Ordinal);

    private bool SameDocument(Paper a, Paper b) =>
        _db.Mapper.ToDocument(a).CompareTo(_db.Mapper.ToDocument(b)) == 0;

    private sealed class BulkScope(List<IDisposable> scopes) : IDisposable
    {
        public void Dispose()
        {
            foreach (var scope in scopes)
            {
                scope.Dispose();
            }
        }
    }
}
