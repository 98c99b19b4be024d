using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Digests;

/// <summary>
/// The delivery outbox in LiteDB: pending deliveries, digests stored with their chunks before sending, and the
/// marks that make each chunk and its deliveries sent. Each change is one transaction (no await inside).
/// </summary>
public sealed class Outbox(Database db)
{
    internal const string DeliveriesCollection = "deliveries";
    internal const string DigestsCollection = "digests";
    internal const string NumbersCollection = "digest_numbers";

    private readonly ILiteCollection<Delivery> _deliveries = db.Collection<Delivery>(DeliveriesCollection);
    private readonly ILiteCollection<DigestRecord> _digests = db.Collection<DigestRecord>(DigestsCollection);
    private readonly ILiteCollection<DigestNumber> _numbers = db.Collection<DigestNumber>(NumbersCollection);

    /// <summary>Adds deliveries; one already pending gains the new watch names and terms, one already sent is left alone.</summary>
    public int AddPending(IEnumerable<Delivery> deliveries)
    {
        var added = 0;
        foreach (var delivery in deliveries)
        {
            var existing = _deliveries.FindById(delivery.Id);
            if (existing is null)
            {
                _deliveries.Insert(delivery);
                added++;
            }
            else if (existing.DigestId is null)
            {
                _deliveries.Update(existing with
                {
                    WatchNames = [.. existing.WatchNames.Union(delivery.WatchNames)],
                    MatchedTerms = [.. existing.MatchedTerms.Union(delivery.MatchedTerms)],
                });
            }
        }

        return added;
    }

    /// <summary>The channel's pending deliveries in the order they arose; papers matched together in paper-id order.</summary>
    public IReadOnlyList<Delivery> Pending(ulong channelId) =>
        [.. AllPending().Where(d => d.ChannelId == channelId).OrderBy(d => d.CreatedAt).ThenBy(d => d.PaperId, StringComparer.Ordinal)];

    /// <summary>The channel's delivery of the paper, pending or sent; null when the paper was never owed to it.</summary>
    public Delivery? DeliveryOf(ulong channelId, string paperId) => _deliveries.FindById(Delivery.KeyOf(channelId, paperId));

    /// <summary>The channel's deliveries (pending or sent) that arose after <paramref name="since"/>: what its watches matched lately.</summary>
    public IReadOnlyList<Delivery> CreatedSince(ulong channelId, DateTimeOffset since) =>
        [.. _deliveries.Find(d => d.ChannelId == channelId).Where(d => d.CreatedAt > since)];

    public int PendingCount(ulong channelId) => AllPending().Count(d => d.ChannelId == channelId);

    /// <summary>
    /// Every channel's pending deliveries, through the DigestId index: only those are read. Asking by channel read all
    /// the channel's deliveries ever sent, and LiteDB holds the pages a query reads until it ends, so its page cache
    /// grew with the outbox (8 MB segments in the soak).
    /// </summary>
    private IEnumerable<Delivery> AllPending() => _deliveries.Find(Query.EQ("DigestId", BsonValue.Null));

    /// <summary>
    /// The channel's digest with chunks not yet sent (a crash or a failure interrupted it). Only the newest can be:
    /// a run finishes an interrupted digest before it creates another. Digests are numbered per channel
    /// (<see cref="DigestComposer"/>), so the newest is found by id without reading the others.
    /// </summary>
    public DigestRecord? Unfinished(ulong channelId) =>
        _digests.FindById(DigestComposer.DigestId(channelId, LastDigestNumber(channelId))) is { Complete: false } latest ? latest : null;

    public DigestRecord? Find(string digestId) => _digests.FindById(digestId);

    /// <summary>
    /// The number of the channel's newest digest (0 before the first). Kept in <c>digest_numbers</c>, not counted:
    /// retention removes old digests, and a number (and the nonces made from it) is never given twice. A channel whose
    /// digests predate that record is read from its digests' ids.
    /// </summary>
    public int LastDigestNumber(ulong channelId) =>
        _numbers.FindById(DigestNumber.KeyOf(channelId))?.Last ?? NumberedFromIds(channelId);

    /// <summary>Records the channel's newest digest number where it is missing; retention calls this before removing digests.</summary>
    public void KeepNumber(ulong channelId)
    {
        if (_numbers.FindById(DigestNumber.KeyOf(channelId)) is null)
        {
            _numbers.Upsert(new DigestNumber { Id = DigestNumber.KeyOf(channelId), Last = NumberedFromIds(channelId) });
        }
    }

    private int NumberedFromIds(ulong channelId) =>
        _digests.Find(d => d.ChannelId == channelId).Select(d => DigestComposer.NumberOf(d.Id)).DefaultIfEmpty(0).Max();

    /// <summary>Stores the digest and takes its deliveries out of pending, atomically, before anything is sent.</summary>
    public void Create(DigestRecord digest) => InTransaction(() =>
    {
        _digests.Insert(digest);
        _numbers.Upsert(new DigestNumber { Id = DigestNumber.KeyOf(digest.ChannelId), Last = DigestComposer.NumberOf(digest.Id) });
        foreach (var id in digest.Chunks.SelectMany(c => c.DeliveryIds))
        {
            if (_deliveries.FindById(id) is { } delivery)
            {
                _deliveries.Update(delivery with { DigestId = digest.Id });
            }
        }
    });

    public void MarkAttempt(string digestId, int chunk, DateTimeOffset at) =>
        UpdateChunk(digestId, chunk, c => c.FirstAttemptAt is null ? c with { FirstAttemptAt = at } : c);

    /// <summary>Remembers where the digest's overflow goes (see <see cref="DigestRecord.OverflowTo"/>).</summary>
    public void MarkOverflow(string digestId, string target)
    {
        var digest = _digests.FindById(digestId) ?? throw new InvalidOperationException($"digest {digestId} is not stored");
        _digests.Update(digest with { OverflowTo = target });
    }

    /// <summary>Marks a chunk and its deliveries sent, atomically.</summary>
    public void MarkSent(string digestId, int chunk, string messageId, DateTimeOffset at) => InTransaction(() =>
    {
        var sent = UpdateChunk(digestId, chunk, c => c with { SentAt = at, MessageId = messageId });
        foreach (var id in sent.DeliveryIds)
        {
            if (_deliveries.FindById(id) is { } delivery)
            {
                _deliveries.Update(delivery with { SentAt = at });
            }
        }
    });

    private DigestChunk UpdateChunk(string digestId, int index, Func<DigestChunk, DigestChunk> change)
    {
        var digest = _digests.FindById(digestId) ?? throw new InvalidOperationException($"digest {digestId} is not stored");
        var chunk = change(digest.Chunks[index]);
        _digests.Update(digest with { Chunks = [.. digest.Chunks.Select(c => c.Index == index ? chunk : c)] });
        return chunk;
    }

    private void InTransaction(Action work)
    {
        db.Lite.BeginTrans();
        try
        {
            work();
            db.Lite.Commit();
        }
        catch
        {
            db.Lite.Rollback();
            throw;
        }
    }
}
