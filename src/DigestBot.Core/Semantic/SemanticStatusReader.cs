namespace DigestBot.Semantic;

/// <summary>Reads <see cref="SemanticStatus"/>; in a process where the background embedding is not running, counts the queue itself.</summary>
public sealed class SemanticStatusReader(SemanticIndex index, EmbeddingQueue queue, EmbeddingService embedding)
{
    /// <summary>
    /// Whether <see cref="Read"/> will count the papers still to embed by reading every stored paper: in a command run on
    /// its own (no bot) before anything counted them (15 s or more at a million papers).
    /// </summary>
    public bool WillScan => index.Enabled && !embedding.Counted && !embedding.InBackground;

    public SemanticStatus Read(CancellationToken cancellationToken = default)
    {
        if (!index.Enabled)
        {
            return new SemanticStatus(false, 0, null, null);
        }

        var embedded = index.Count;
        if (WillScan)
        {
            // A command run on its own (no bot): the scan is what tells how many papers still need a vector.
            embedding.Scan(all: false, cancellationToken);
        }

        var queued = embedding.Counted ? queue.Count : (int?)null;
        var rate = embedding.Rate;
        return new SemanticStatus(true, embedded, queued, queued > 0 && rate > 0 ? queued / rate : null)
        {
            // A paper that has a vector and is queued again (changed since) is counted once, among the embedded.
            Held = queued is null ? 0 : Math.Min(queue.Held, queued.Value),
        };
    }
}
