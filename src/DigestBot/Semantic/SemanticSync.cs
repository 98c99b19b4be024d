using DigestBot.Papers;
using Microsoft.Extensions.Logging;

namespace DigestBot.Semantic;

/// <summary>
/// Follows the store's writes for the vectors, cheaply and never in the way: a changed paper inside the window (or one
/// that already has a vector) is queued for the background, a removed or re-keyed one loses its vector. Nothing is
/// embedded here, so ingest and bulk imports never wait for the model.
/// </summary>
public sealed class SemanticSync(SemanticIndex index, EmbeddingQueue queue, SemanticWindow window, ILogger<SemanticSync> logger) : IPaperStoreListener
{
    public void Committed(PaperStore store, StoredBatch batch)
    {
        if (!index.Enabled)
        {
            return;
        }

        try
        {
            var gone = batch.Removed.Concat(batch.Changed.SelectMany(FormerKeys)).ToList();
            if (gone.Count > 0)
            {
                index.Remove(gone);
            }

            foreach (var paper in batch.Changed)
            {
                var published = PaperText.Published(paper);
                if (window.Contains(published) || index.Get(paper.Id) is not null)
                {
                    queue.Add(paper.Id, published);
                }
            }
        }
        catch (Exception e)
        {
            // The papers are committed; the start-up scan finds whatever lacks a vector.
            logger.LogWarning("Queueing papers for vectors failed, the next start will find them: {Error}", $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Keys the paper was stored under before it was re-keyed (its DOIs, once it has an arXiv id).</summary>
    private static IEnumerable<string> FormerKeys(Paper paper) =>
        paper.Dois
            .Select(d => PaperId.TryParseDoi(d, out var id) ? id.Key : null)
            .OfType<string>()
            .Where(k => k != paper.Id);
}
