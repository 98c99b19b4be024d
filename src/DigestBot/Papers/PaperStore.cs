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

    private readonly Database _db;
    private readonly ILiteCollection<Paper> _papers;
    private readonly ILiteCollection<PaperAlias> _aliases;
    private readonly ILiteCollection<Announcement> _announcements;
    private readonly IPaperStoreListener[] _listeners;

    // Upserts read, merge and write several documents; one at a time keeps that atomic within the process.
    private readonly Lock _write = new();

    // The revision the current write has reached (under _write) and the last committed one (what readers see).
    private long _revision;
    private long _committed;

    // Keys the current write moved to another key (under _write): their documents go from derived indexes.
    private readonly List<string> _rekeyed = [];

    // Below this many papers, finding the absent keys first costs more than the lookups it saves.
    private const int PrefetchFrom = 16;

    public PaperStore(Database db, IEnumerable<IPaperStoreListener>? listeners = null)
    {
        _db = db;
        _papers = db.Collection<Paper>(PapersCollection);
        _aliases = db.Collection<PaperAlias>(AliasesCollection);
        _announcements = db.Collection<Announcement>(AnnouncementsCollection);
        _listeners = [.. listeners ?? []];
        // A removed paper's tombstone may hold the highest revision: revisions never go back, even across restarts.
        _revision = _committed = Math.Max(
            _papers.Query().OrderByDescending(p => p.Revision).Limit(1).FirstOrDefault()?.Revision ?? 0,
            Tombstones.Query().OrderByDescending(t => t.Revision).Limit(1).FirstOrDefault()?.Revision ?? 0);
    }

    /// <summary>The revision of the last committed write that changed a paper (0 for an empty store).</summary>
    public long Revision => Interlocked.Read(ref _committed);

    public int Count() => _papers.Count();

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
        _papers.Query().Where("$.Revision > @0", new BsonValue(revision)).OrderBy("$.Revision").Limit(limit).ToList();

    /// <summary>Every paper in key order, a page at a time: the ones after key <paramref name="after"/> (null: from the start).</summary>
    public IReadOnlyList<Paper> Page(string? after, int limit) =>
        _papers.Query().Where("$._id > @0", new BsonValue(after ?? string.Empty)).OrderBy("$._id").Limit(limit).ToList();

    /// <summary>Papers queued for announcement, oldest first.</summary>
    public IReadOnlyList<Announcement> Announcements() => [.. _announcements.Query().OrderBy(a => a.QueuedAt).ToList()];

    /// <summary>The paper's announcement, or null when it was stored without one (a backfill, too old, a replacement).</summary>
    public Announcement? AnnouncementOf(string paperId) => _announcements.FindById(paperId);

    /// <summary>Announcements not yet matched against the watches, oldest first.</summary>
    /// <remarks>Found through the PercolatedAt index (only those are read), then ordered here: they are few.</remarks>
    public IReadOnlyList<Announcement> Unpercolated(int limit) =>
        [.. _announcements.Find(Query.EQ("PercolatedAt", BsonValue.Null)).OrderBy(a => a.QueuedAt).ThenBy(a => a.Id, StringComparer.Ordinal).Take(limit)];

    /// <summary>
    /// Marks announcements matched; call inside the transaction that stores their deliveries. With
    /// <paramref name="semanticPending"/>, semantic watches are still to be matched (see <see cref="Announcement.SemanticPending"/>).
    /// </summary>
    public void MarkPercolated(IEnumerable<Announcement> announcements, DateTimeOffset at, bool semanticPending = false)
    {
        foreach (var announcement in announcements)
        {
            _announcements.Update(announcement with { PercolatedAt = at, SemanticPending = semanticPending });
        }
    }

    /// <summary>The paper stored under any of its keys, or null. <paramref name="id"/>'s version is ignored.</summary>
    public Paper? Find(PaperId id)
    {
        var key = id.Key;
        return _papers.FindById(key) ?? (_aliases.FindById(key) is { } alias ? _papers.FindById(alias.PaperId) : null);
    }

    /// <summary>The most recently first-seen papers, newest first, strictly before <paramref name="before"/> when given.</summary>
    public IReadOnlyList<Paper> Latest(int limit, DateTimeOffset? before = null)
    {
        var query = _papers.Query();
        if (before is { } b)
        {
            query = query.Where("$.FirstSeen < @0", new BsonValue(StorageBson.FormatUtc(b)));
        }

        return query.OrderByDescending(p => p.FirstSeen).Limit(limit).ToList();
    }

    /// <summary>The papers first seen after <paramref name="since"/>, newest first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<Paper> SeenAfter(DateTimeOffset since, int limit) =>
        _papers.Query().Where("$.FirstSeen > @0", new BsonValue(StorageBson.FormatUtc(since))).OrderByDescending(p => p.FirstSeen).Limit(limit).ToList();

    /// <summary>
    /// For each paper first stored after <paramref name="since"/>: when, and which source it came from first (reading only
    /// those fields, through the FirstSeen index), for the dashboard's papers-per-day chart.
    /// </summary>
    public IReadOnlyList<(DateTimeOffset FirstSeen, string Source)> FirstSightings(DateTimeOffset since) =>
        [.. _papers.Query().Where("$.FirstSeen > @0", new BsonValue(StorageBson.FormatUtc(since))).Select(p => new { p.FirstSeen, p.Sources }).ToEnumerable()
            .Select(p => (p.FirstSeen, p.Sources.Count > 0 ? p.Sources.MinBy(r => r.SeenAt)!.Source : "unknown"))];

    public UpsertResult Upsert(Paper incoming) => UpsertBatch([incoming])[0];

    /// <summary>
    /// Stores a batch in one transaction, merging each paper with every record that shares a key. Papers for
    /// which <paramref name="announce"/> (given the batch index and the result) says yes are queued as
    /// <see cref="Announcement"/>s in the same transaction.
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
            for (var i = 0; i < incoming.Count; i++)
            {
                var result = UpsertOne(incoming[i], absent, titles);
                titles?.Add(result.Paper.TitleKey);
                absent?.ExceptWith(LookupKeysOf(incoming[i]));
                absent?.ExceptWith(KeysOf(result.Paper));
                results.Add(result);
                if (announce?.Invoke(i, result) == true)
                {
                    var source = incoming[i].Sources.Count > 0 ? incoming[i].Sources[0] : null;
                    _announcements.Upsert(new Announcement
                    {
                        Id = result.Paper.Id,
                        Source = source?.Source ?? "unknown",
                        QueuedAt = source?.SeenAt ?? result.Paper.FirstSeen,
                    });
                }
            }

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
            _papers.Insert(added);
            AddAliases(added, absent);
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
        if (!unchanged)
        {
            merged = merged with { Revision = NextRevision() };
            _papers.Upsert(merged);
            AddAliases(merged, absent);
        }

        return new UpsertResult(merged, unchanged ? UpsertOutcome.Unchanged : UpsertOutcome.Updated);
    }

    private long NextRevision() => ++_revision;

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
            var before = _revision;
            StoredBatch? batch;

            // No await between BeginTrans and Commit: LiteDB transactions belong to their thread.
            _db.Lite.BeginTrans();
            try
            {
                batch = write(before);
                _db.Lite.Commit();
            }
            catch
            {
                _db.Lite.Rollback();
                _revision = before;
                throw;
            }

            Interlocked.Exchange(ref _committed, _revision);
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
        _papers.Delete(oldKey);
        Tombstones.Upsert(new PaperTombstone { Id = oldKey, Revision = NextRevision(), RemovedAt = at });
        _rekeyed.Add(oldKey);
        foreach (var alias in _aliases.Find(a => a.PaperId == oldKey).ToList())
        {
            _aliases.Update(alias with { PaperId = newKey });
        }

        _aliases.Upsert(new PaperAlias { Id = oldKey, PaperId = newKey });
        if (_announcements.FindById(oldKey) is { } pending)
        {
            _announcements.Delete(oldKey);
            _announcements.Upsert(pending with { Id = newKey });
        }
    }

    private void AddAliases(Paper paper, HashSet<string>? absent)
    {
        foreach (var key in KeysOf(paper).Where(k => k != paper.Id))
        {
            // The first paper to claim a DOI keeps it (see FindMatches).
            if (absent?.Contains(key) == true || _aliases.FindById(key) is null)
            {
                _aliases.Insert(new PaperAlias { Id = key, PaperId = paper.Id });
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
