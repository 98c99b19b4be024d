using LiteDB;

namespace DigestBot.Papers;

/// <summary>
/// Cross-source merges without a shared id (see <see cref="SameWork"/>): found by title key when a paper would be new,
/// logged with both records as they were (<see cref="MergeRecord"/>), and undone by <see cref="UndoMerge"/>.
/// </summary>
public sealed partial class PaperStore
{
    internal const string MergesCollection = "paper_merges";

    private ILiteCollection<MergeRecord> Merges => _db.Collection<MergeRecord>(MergesCollection);

    /// <summary>The title-matched merges that made this paper, newest first (undone ones included).</summary>
    public IReadOnlyList<MergeRecord> MergesOf(string paperId) =>
        [.. Merges.Find(m => m.PaperId == paperId).OrderByDescending(m => m.MergedAt).ThenByDescending(m => m.Id, StringComparer.Ordinal)];

    /// <summary>
    /// Undoes the newest merge of the paper <paramref name="id"/> names that is still in effect: both records are written
    /// back as they were before it, under their own keys, and the pair is never merged by title again. Sightings and
    /// changes that reached the merged paper after it are dropped with it (the next poll brings them back).
    /// Returns the undone merge, or null when the paper has none in effect.
    /// </summary>
    public MergeRecord? UndoMerge(PaperId id, DateTimeOffset at)
    {
        MergeRecord? undone = null;
        Write(before =>
        {
            if (Find(id) is not { } paper || MergesOf(paper.Id).FirstOrDefault(m => m.UndoneAt is null) is not { } merge)
            {
                return null;
            }

            var restored = new[] { merge.Stored, merge.Incoming }.Select(p => p with { Revision = NextRevision() }).ToList();
            foreach (var side in restored)
            {
                // Every key of either side pointed at the merged paper; each now points at its own side again.
                foreach (var key in KeysOf(side).Where(k => k != side.Id))
                {
                    StoredAliases.Upsert(new PaperAlias { Id = key, PaperId = side.Id });
                }

                StoredAliases.Delete(side.Id);
                CountInserted(StoredPapers.Upsert(side));
            }

            undone = merge with { UndoneAt = at };
            Merges.Update(undone);
            return new StoredBatch(before, _revision, restored);
        });
        return undone;
    }

    /// <summary>The stored paper that is the same work as <paramref name="incoming"/>, and why; null when there is none.</summary>
    private (Paper Paper, IReadOnlyList<string> Surnames, IReadOnlyList<int> Years)? FindSameWork(Paper incoming, HashSet<string>? titles)
    {
        var key = incoming.TitleKey;
        if (!PaperTitle.IsDistinctive(key) || titles?.Contains(key) == false)
        {
            return null;
        }

        return StoredPapers.Find(p => p.TitleKey == key)
            .Where(p => p.Id != incoming.Id && !WasSplit(p.Id, incoming.Id))
            .Select(p => (Paper: p, Evidence: SameWork.Evidence(p, incoming)))
            .Where(c => c.Evidence is not null)
            .OrderByDescending(c => c.Evidence!.Value.Surnames.Count)
            .ThenBy(c => c.Paper.Id, StringComparer.Ordinal)
            .Select(c => (c.Paper, c.Evidence!.Value.Surnames, c.Evidence.Value.Years))
            .Cast<(Paper, IReadOnlyList<string>, IReadOnlyList<int>)?>()
            .FirstOrDefault();
    }

    /// <summary>The incoming record with its sightings marked by the evidence, and the log entry that can undo the merge.</summary>
    private (Paper Tagged, MergeRecord Record) RecordMerge(
        Paper stored, Paper incoming, string target, (IReadOnlyList<string> Surnames, IReadOnlyList<int> Years) evidence)
    {
        var match = new SourceMatch($"m{_revision + 1}", stored.Id, incoming.TitleKey, evidence.Surnames, evidence.Years);
        var record = new MergeRecord
        {
            Id = match.MergeId,
            PaperId = target,
            StoredId = stored.Id,
            IncomingId = incoming.Id,
            Stored = stored,
            Incoming = incoming,
            Evidence = match,
            MergedAt = incoming.Sources.Count > 0 ? incoming.Sources.Max(s => s.SeenAt) : incoming.FirstSeen,
        };
        Merges.Insert(record);
        return (incoming with { Sources = [.. incoming.Sources.Select(s => s with { Match = match })] }, record);
    }

    private bool WasSplit(string a, string b) =>
        Merges.Exists(m => m.UndoneAt != null && ((m.StoredId == a && m.IncomingId == b) || (m.StoredId == b && m.IncomingId == a)));

    /// <summary>The title keys of a batch already held by stored papers, in one query a thousand keys (null: look each up).</summary>
    private HashSet<string> PresentTitleKeys(IReadOnlyList<Paper> incoming)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in incoming.Select(p => p.TitleKey).Where(PaperTitle.IsDistinctive).Distinct(StringComparer.Ordinal).Chunk(1000))
        {
            var keys = new BsonArray(chunk.Select(k => new BsonValue(k)));
            foreach (var found in _db.Lite.GetCollection(PapersCollection).Query().Where("$.TitleKey IN @0", keys).Select("{ k: $.TitleKey }").ToEnumerable())
            {
                present.Add(found["k"].AsString);
            }
        }

        return present;
    }
}
