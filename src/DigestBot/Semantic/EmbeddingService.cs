using System.Diagnostics;
using DigestBot.Papers;
using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Semantic;

/// <summary>
/// Makes the vectors the queue asks for, a batch at a time: a paper whose text is unchanged since its vector was made
/// is not embedded again. Shared by the background worker (one core) and the <c>embed</c> command (every core); both
/// take from the same queue, so no paper is embedded twice. Keeps the rate for the status line's time left.
/// </summary>
public sealed class EmbeddingService(SemanticIndex index, EmbeddingQueue queue, SemanticWindow window, PaperStore store, Database db)
{
    public const int BatchSize = TextEmbedder.BatchSize * 2;
    private const int ScanPage = 5000;

    // What the scan reads of each paper: not its text, which only the papers it queues need.
    private static readonly BsonExpression Fields = BsonExpression.Create("{ _id: $._id, Revision: $.Revision, Published: $.Published, FirstSeen: $.FirstSeen }");

    private static readonly TimeSpan RateWindow = TimeSpan.FromMinutes(1);

    private readonly Lock _rateGate = new();
    private readonly Queue<(long Start, long End, int Papers)> _batches = new();
    private long _scannedTo = -1;

    /// <summary>Papers per second over the last minute, across every thread embedding (0 until a batch has run).</summary>
    public double Rate
    {
        get
        {
            lock (_rateGate)
            {
                if (_batches.Count == 0)
                {
                    return 0;
                }

                var seconds = Stopwatch.GetElapsedTime(_batches.Min(b => b.Start), _batches.Max(b => b.End)).TotalSeconds;
                return _batches.Sum(b => b.Papers) / Math.Max(seconds, 1e-3);
            }
        }
    }

    /// <summary>Whether the background worker runs in this process (a bot; a command run on its own has none).</summary>
    public bool InBackground { get; internal set; }

    /// <summary>Whether the start-up scan has queued everything that lacks a vector (the status line waits for it to say a total).</summary>
    public bool Counted => Interlocked.Read(ref _scannedTo) >= 0;

    /// <summary>
    /// Queues every stored paper that should have a vector and lacks one (or was changed since): those inside the
    /// window, or every paper with <paramref name="all"/>. Reads the store a page at a time, a few fields of each.
    /// </summary>
    public int Scan(bool all, CancellationToken cancellationToken)
    {
        var revision = store.Revision;
        var queued = 0;
        var papers = db.Lite.GetCollection(PaperStore.PapersCollection);
        var after = string.Empty;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = papers.Query().Where("$._id > @0", new BsonValue(after)).OrderBy("$._id")
                .Select(Fields).Limit(ScanPage).ToList();
            if (page.Count == 0)
            {
                break;
            }

            foreach (var doc in page)
            {
                var key = doc["_id"].AsString;
                var published = (db.Mapper.Deserialize<DateTimeOffset?>(doc["Published"]) ?? db.Mapper.Deserialize<DateTimeOffset>(doc["FirstSeen"])).ToUnixTimeSeconds();
                var held = index.Get(key);
                if ((held is null && (all || window.Contains(published))) || (held is not null && held.Revision < doc["Revision"].AsInt64))
                {
                    queue.Add(key, published);
                    queued++;
                }
            }

            after = page[^1]["_id"].AsString;
        }

        Interlocked.Exchange(ref _scannedTo, revision);
        return queued;
    }

    /// <summary>Embeds the next batch of the queue; returns how many papers it took (0: the queue is empty).</summary>
    public int EmbedNext(CancellationToken cancellationToken)
    {
        var keys = queue.Take(BatchSize);
        if (keys.Count == 0)
        {
            return 0;
        }

        var start = Stopwatch.GetTimestamp();
        var work = new List<(Paper Paper, string Text, long Hash)>();
        foreach (var key in keys)
        {
            if (store.Find(PaperId.Parse(key)) is not { } paper || paper.Id != key)
            {
                continue; // removed or re-keyed since it was queued: its new key was queued by the same write
            }

            var text = PaperText.For(paper);
            var hash = PaperText.Hash(text);
            if (index.Get(key) is { } held && held.TextHash == hash)
            {
                index.Touch(held with { Revision = paper.Revision, Published = PaperText.Published(paper) });
                continue;
            }

            work.Add((paper, text, hash));
        }

        if (work.Count > 0)
        {
            var vectors = index.Embedder.Embed([.. work.Select(w => w.Text)], cancellationToken);
            index.Store([.. work.Select((w, i) => StoredVector.From(w.Paper.Id, w.Paper.Revision, w.Hash, PaperText.Published(w.Paper), vectors[i]))]);
        }

        Measured(start, keys.Count);
        return keys.Count;
    }

    private void Measured(long start, int papers)
    {
        var end = Stopwatch.GetTimestamp();
        lock (_rateGate)
        {
            _batches.Enqueue((start, end, papers));
            while (_batches.Count > 1 && Stopwatch.GetElapsedTime(_batches.Peek().End, end) > RateWindow)
            {
                _batches.Dequeue();
            }
        }
    }
}
