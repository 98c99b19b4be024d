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

    // A pending delivery is read, then written, both by percolation (new watch terms) and by a digest being stored (its
    // claim on the delivery). LiteDB's write lock is taken at the write, after the read: two such transactions at
    // once, and the later one writes back what it read before the other's commit (a claimed delivery pending again,
    // and the paper posted twice). Those transactions run one at a time (Create, Exclusively).
    private readonly Lock _claims = new();

    private ILiteCollection<Delivery> Deliveries => db.Collection<Delivery>(DeliveriesCollection);
    private ILiteCollection<DigestRecord> DigestRecords => db.Collection<DigestRecord>(DigestsCollection);
    private ILiteCollection<DigestNumber> Numbers => db.Collection<DigestNumber>(NumbersCollection);

    /// <summary>Adds deliveries; one already pending gains the new watch names and terms, one already sent is left alone.</summary>
    public int AddPending(IEnumerable<Delivery> deliveries)
    {
        var added = 0;
        foreach (var delivery in deliveries)
        {
            var existing = Deliveries.FindById(delivery.Id);
            if (existing is null)
            {
                Deliveries.Insert(delivery);
                added++;
            }
            else if (existing.DigestId is null)
            {
                Deliveries.Update(existing with
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
        [.. PendingOf(channelId).OrderBy(d => d.CreatedAt).ThenBy(d => d.PaperId, StringComparer.Ordinal)];

    /// <summary>The channel's delivery of the paper, pending or sent; null when the paper was never owed to it.</summary>
    public Delivery? DeliveryOf(ulong channelId, string paperId) => Deliveries.FindById(Delivery.KeyOf(channelId, paperId));

    /// <summary>The channel's deliveries (pending or sent) that arose after <paramref name="since"/>: what its watches matched lately.</summary>
    public IReadOnlyList<Delivery> CreatedSince(ulong channelId, DateTimeOffset since) =>
        [.. Deliveries.Find(d => d.ChannelId == channelId).Where(d => d.CreatedAt > since)];

    public int PendingCount(ulong channelId) => PendingOf(channelId).Count();

    /// <summary>
    /// A watch of the channel was renamed: its deliveries, pending and sent, carry the new name, so the next digest says
    /// why with the name the channel now knows and the watch's matches per day go on in one row. Returns how many changed.
    /// </summary>
    public int RenameWatch(ulong channelId, string from, string to) => Exclusively(() =>
    {
        var renamed = Deliveries.Find(d => d.ChannelId == channelId)
            .Where(d => d.WatchNames.Contains(from, StringComparer.Ordinal))
            .Select(d => d with { WatchNames = [.. d.WatchNames.Select(n => n == from ? to : n).Distinct(StringComparer.Ordinal)] })
            .ToList();
        return renamed.Count == 0 ? 0 : Deliveries.Update(renamed);
    });

    /// <summary>Every channel's count of pending deliveries (channels with none are absent), reading only their channel.</summary>
    public IReadOnlyDictionary<ulong, int> PendingCounts()
    {
        var counts = new Dictionary<ulong, int>();
        var pending = db.Lite.GetCollection(DeliveriesCollection).Query().Where("$.DigestId = null").Select("{ c: $.ChannelId }");
        foreach (var delivery in pending.ToEnumerable())
        {
            var channel = unchecked((ulong)delivery["c"].AsInt64);
            counts[channel] = counts.GetValueOrDefault(channel) + 1;
        }

        return counts;
    }

    /// <summary>
    /// The channel's pending deliveries, through the PendingChannel index (schema 9): only those are read. Asking by
    /// channel read all its deliveries ever sent, and all pending ones read every channel's (a thousand channels
    /// listed on the dashboard read them a thousand times); LiteDB holds the pages a query reads until it ends.
    /// </summary>
    private IEnumerable<Delivery> PendingOf(ulong channelId) =>
        Deliveries.Find(Query.EQ(nameof(Delivery.PendingChannel), new BsonValue(Delivery.StoredChannel(channelId))));

    /// <summary>
    /// The channel's digest with chunks not yet sent (a crash or a failure interrupted it). Only the newest can be:
    /// a run finishes an interrupted digest before it creates another. Digests are numbered per channel
    /// (<see cref="DigestComposer"/>), so the newest is found by id without reading the others.
    /// </summary>
    public DigestRecord? Unfinished(ulong channelId) =>
        DigestRecords.FindById(DigestComposer.DigestId(channelId, LastDigestNumber(channelId))) is { Complete: false } latest ? latest : null;

    public DigestRecord? Find(string digestId) => DigestRecords.FindById(digestId);

    /// <summary>
    /// The number of the channel's newest digest (0 before the first). Kept in <c>digest_numbers</c>, not counted:
    /// retention removes old digests, and a number (and the nonces made from it) is never given twice. A channel whose
    /// digests predate that record is read from its digests' ids.
    /// </summary>
    public int LastDigestNumber(ulong channelId) =>
        Numbers.FindById(DigestNumber.KeyOf(channelId))?.Last ?? NumberedFromIds(channelId);

    /// <summary>Records the channel's newest digest number where it is missing; retention calls this before removing digests.</summary>
    public void KeepNumber(ulong channelId)
    {
        if (Numbers.FindById(DigestNumber.KeyOf(channelId)) is null)
        {
            Numbers.Upsert(new DigestNumber { Id = DigestNumber.KeyOf(channelId), Last = NumberedFromIds(channelId) });
        }
    }

    private int NumberedFromIds(ulong channelId) =>
        DigestRecords.Find(d => d.ChannelId == channelId).Select(d => DigestComposer.NumberOf(d.Id)).DefaultIfEmpty(0).Max();

    /// <summary>Stores the digest and takes its deliveries out of pending, atomically, before anything is sent.</summary>
    public void Create(DigestRecord digest)
    {
        lock (_claims)
        {
            db.Lite.InTransaction(() =>
            {
                DigestRecords.Insert(digest);
                Numbers.Upsert(new DigestNumber { Id = DigestNumber.KeyOf(digest.ChannelId), Last = DigestComposer.NumberOf(digest.Id) });
                foreach (var id in digest.Chunks.SelectMany(c => c.DeliveryIds))
                {
                    if (Deliveries.FindById(id) is { } delivery)
                    {
                        Deliveries.Update(delivery with { DigestId = digest.Id });
                    }
                }
            });
        }
    }

    /// <summary>
    /// Runs a transaction that reads pending deliveries and writes them (percolation's <see cref="AddPending"/>) while
    /// no other such transaction runs, nor a digest's <see cref="Create"/>.
    /// </summary>
    internal T Exclusively<T>(Func<T> transaction)
    {
        lock (_claims)
        {
            return transaction();
        }
    }

    public void MarkAttempt(string digestId, int chunk, DateTimeOffset at) =>
        UpdateChunk(digestId, chunk, c => c.FirstAttemptAt is null ? c with { FirstAttemptAt = at } : c);

    /// <summary>Remembers where the digest's overflow goes (see <see cref="DigestRecord.OverflowTo"/>).</summary>
    public void MarkOverflow(string digestId, string target)
    {
        var digest = DigestRecords.FindById(digestId) ?? throw new InvalidOperationException($"digest {digestId} is not stored");
        DigestRecords.Update(digest with { OverflowTo = target });
    }

    /// <summary>Marks a chunk and its deliveries sent, atomically.</summary>
    public void MarkSent(string digestId, int chunk, string messageId, DateTimeOffset at) => db.Lite.InTransaction(() =>
    {
        var sent = UpdateChunk(digestId, chunk, c => c with { SentAt = at, MessageId = messageId });
        foreach (var id in sent.DeliveryIds)
        {
            if (Deliveries.FindById(id) is { } delivery)
            {
                Deliveries.Update(delivery with { SentAt = at });
            }
        }
    });

    private DigestChunk UpdateChunk(string digestId, int index, Func<DigestChunk, DigestChunk> change)
    {
        var digest = DigestRecords.FindById(digestId) ?? throw new InvalidOperationException($"digest {digestId} is not stored");
        var chunk = change(digest.Chunks[index]);
        DigestRecords.Update(digest with { Chunks = [.. digest.Chunks.Select(c => c.Index == index ? chunk : c)] });
        return chunk;
    }
}
