using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace DigestBot.Semantic;

/// <summary>
/// After an import in a process that embeds nothing in the background (a command run on its own, no bot): the papers
/// the import queued for vectors are embedded at once when they are few, so that the next question typed into search
/// is answered by meaning too; more than <see cref="MostAtOnce"/> are left to the bot or to <c>embed</c>, and the import
/// says so. Everything it says is progress (stderr): the import's result line stays as it was.
/// </summary>
public sealed class ImportEmbedding(
    SemanticIndex index,
    SemanticModel model,
    EmbeddingService embedding,
    EmbeddingQueue queue,
    SemanticSync sync,
    IOptions<SemanticOptions> options,
    IEnumerable<IEmbeddedListener> listeners)
{
    /// <summary>Most papers an import embeds itself: a few seconds on two cores (a day's listing of one category).</summary>
    public const int MostAtOnce = 500;

    /// <summary>Taken before an import: what <see cref="AfterImport"/> counts the papers older than the window from.</summary>
    public long Mark() => sync.OlderThanWindow;

    public void AfterImport(long mark, IProgress<string> progress, CancellationToken cancellationToken)
    {
        // A backfill of older papers would otherwise leave search by meaning without them, silently (bot or not).
        var older = sync.OlderThanWindow - mark;
        if (index.Enabled && older > 0)
        {
            progress.Report(string.Create(
                CultureInfo.InvariantCulture,
                $"search by meaning: {older:N0} of the imported papers {(older == 1 ? "is" : "are")} older than Semantic:Since ({options.Value.Since}), so no vector is made for {(older == 1 ? "it" : "them")} in the background; embed --all makes them"));
        }

        var waiting = queue.Count;
        if (!index.Enabled || embedding.InBackground || waiting == 0)
        {
            return;
        }

        if (waiting > MostAtOnce)
        {
            progress.Report(string.Create(
                CultureInfo.InvariantCulture,
                $"search by meaning: {waiting:N0} papers have no vector yet; a running bot makes them in the background, or run embed to make them now"));
            return;
        }

        var clock = Stopwatch.StartNew();
        try
        {
            _ = model.Embedder;
        }
        catch (SemanticUnavailableException e)
        {
            progress.Report($"search by meaning: unavailable ({e.Message}); search answers by words");
            return;
        }

        var done = EmbedCommand.Drain(embedding, queue, listeners, progress, cancellationToken);
        progress.Report(string.Create(
            CultureInfo.InvariantCulture,
            $"search by meaning: embedded {done:N0} {(done == 1 ? "paper" : "papers")} ({clock.Elapsed.TotalSeconds:F1} s); {index.Count:N0} have vectors"));
    }
}
