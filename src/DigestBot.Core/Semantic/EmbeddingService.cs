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
public sealed class EmbeddingService(SemanticIndex index, SemanticModel model, EmbeddingQueue queue, SemanticWindow window, PaperStore store, Database db)
{
    public const int BatchSize = TextEmbedder.BatchSize * 2;
    private const int ScanPage = 5000;

    // What the scan reads of each paper: not its text, which only the papers it queues need.
    private static readonly BsonExpression Fields = BsonExpression.Create("{ _id: $._id, Revision: $.Revision, Published: $.Published, FirstSeen: $.FirstSeen }");

    private readonly EmbeddingRate _rate = new();
    private long _scannedTo = -1;

    /// <summary>Papers per second over the last minute, across every thread embedding (0 until a batch has run).</summary>
    public double Rate => _rate.PapersPerSecond;

    /// <summary>Whether the background worker runs in this process (a bot; a command run on its own has none).</summary>
    public bool InBackground { get; internal set; }

    /// <summary>Whether a scan has queued everything that lacks a vector (the status line waits for it to say a total).</summary>
    public bool Counted => Interlocked.Read(ref _scannedTo) >= 0;

    /// <summary>
    /// Queues every stored paper that should have a vector and lacks one (or was changed since): those inside the
    /// window, or every paper with <paramref name="all"/>; and drops vectors whose paper is gone (a crash between a
    /// removal and its vector file record). Reads the store a page at a time, a few fields of each.
    /// </summary>
    public int Scan(bool all, CancellationToken cancellationToken)
    {
        var revision = store.Revision;
        var queued = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var papers = db.Lite.GetCollection(PaperStore.PapersCollection);
        var inWindow = window.Test();
        var after = string.Empty;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = papers.Query().Where("$._id > @0", new BsonValue(after)).OrderBy("$._id").Select(Fields).Limit(ScanPage).ToList();
            if (page.Count == 0)
            {
                break;
            }

            foreach (var doc in page)
            {
                var key = doc["_id"].AsString;
                var published = (db.Mapper.Deserialize<DateTimeOffset?>(doc["Published"]) ?? db.Mapper.Deserialize<DateTimeOffset>(doc["FirstSeen"])).ToUnixTimeSeconds();
                var held = index.Get(key);
                if (held is not null)
                {
                    seen.Add(key);
                }

                if ((held is null && (all || inWindow(published))) || (held is not null && held.Revision < doc["Revision"].AsInt64))
                {
                    queue.Add(key, published, held: held is not null);
                    queued++;
                }
            }

            after = page[^1]["_id"].AsString;
        }

        index.Forget([.. index.Keys().Where(k => !seen.Contains(k) && index.Get(k) is { } v && v.Revision <= revision)]);
        Interlocked.Exchange(ref _scannedTo, revision);
        return queued;
    }

    /// <summary>
    /// Embeds the next batch of the queue; returns how many papers it took (0: the queue is empty).
    /// <paramref name="embed"/> runs the model (the background runs it on a low-priority thread); by default here.
    /// </summary>
    public int EmbedNext(CancellationToken cancellationToken, Func<IReadOnlyList<string>, float[][]>? embed = null)
    {
        var keys = queue.Take(BatchSize);
        if (keys.Count == 0)
        {
            return 0;
        }

        var start = Stopwatch.GetTimestamp();
        var work = new List<(Paper Paper, string Text, long Hash)>();
        var unchanged = new List<StoredVector>();
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
                unchanged.Add(held with { Revision = paper.Revision, Published = PaperText.SearchDate(paper) });
                continue;
            }

            work.Add((paper, text, hash));
        }

        if (work.Count > 0)
        {
            IReadOnlyList<string> texts = [.. work.Select(w => w.Text)];
            var vectors = embed is null ? Embed(texts, cancellationToken) : embed(texts);
            unchanged.AddRange(work.Select((w, i) => StoredVector.From(w.Paper.Id, w.Paper.Revision, w.Hash, PaperText.SearchDate(w.Paper), vectors[i])));
        }

        index.Store(unchanged);
        _rate.Measured(start, keys.Count);
        return keys.Count;
    }

    /// <summary>The model's vectors of these texts (what <see cref="EmbedNext"/> runs, wherever its caller runs it).</summary>
    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken) => model.Embedder.Embed(texts, cancellationToken);
}
