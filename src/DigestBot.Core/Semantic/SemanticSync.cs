using System.Diagnostics;
using DigestBot.Papers;
using Microsoft.Extensions.Logging;

namespace DigestBot.Semantic;

/// <summary>
/// Follows the store's writes for the vectors, cheaply and never in the way: a changed paper inside the window (or one
/// that already has a vector) is queued for the background, a removed or re-keyed one (the store's batch lists the
/// old key as removed) loses its vector. Nothing is embedded here, so ingest and bulk imports never wait for the model;
/// and the background embedding waits while the store is being written (<see cref="WrittenWithin"/>), so it does not
/// take the cores, caches and memory bandwidth an import is using either.
/// </summary>
public sealed class SemanticSync(SemanticIndex index, EmbeddingQueue queue, SemanticWindow window, ILogger<SemanticSync> logger) : IPaperStoreListener
{
    private long _lastCommit = long.MinValue;
    private long _older;

    /// <summary>
    /// Papers stored (new or changed) in this process that got no place in the queue: dated before the window and
    /// without a vector. Only <c>embed --all</c> (or an on-demand use) makes theirs; an import reads the count before
    /// and after to say so.
    /// </summary>
    public long OlderThanWindow => Interlocked.Read(ref _older);

    /// <summary>Whether the store committed a write within <paramref name="span"/>: the background embedding waits until it has not.</summary>
    public bool WrittenWithin(TimeSpan span) =>
        Interlocked.Read(ref _lastCommit) is var last && last != long.MinValue && Stopwatch.GetElapsedTime(last) < span;

    public void Committed(PaperStore store, StoredBatch batch)
    {
        Interlocked.Exchange(ref _lastCommit, Stopwatch.GetTimestamp());
        if (!index.Enabled)
        {
            return;
        }

        try
        {
            if (batch.Removed.Count > 0)
            {
                index.Forget(batch.Removed);
            }

            var inWindow = window.Test();
            foreach (var paper in batch.Changed)
            {
                // Before the vectors are read (start-up), every changed paper of the window is queued: the embedding
                // finds one with unchanged text and only notes its new revision.
                var date = PaperText.WindowDate(paper);
                var held = index.IsOpen && index.Get(paper.Id) is not null;
                if (held || inWindow(date))
                {
                    queue.Add(paper.Id, date, held: held);
                }
                else
                {
                    Interlocked.Increment(ref _older);
                }
            }
        }
        catch (Exception e)
        {
            // The papers are committed; the start-up scan finds whatever lacks a vector.
            logger.LogWarning(e, "Queueing papers for vectors failed, the next start will find them");
        }
    }
}
