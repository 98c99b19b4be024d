using System.Diagnostics;
using System.Globalization;

namespace DigestBot.Semantic;

/// <summary>
/// After an import in a process that embeds nothing in the background (a command run on its own, no bot): the papers
/// the import queued for vectors are embedded at once when they are few, so that the next question typed into search
/// is answered by meaning too; more than <see cref="MostAtOnce"/> are left to the bot or to <c>embed</c>, and the import
/// says so. Everything it says is progress (stderr): the import's result line stays as it was.
/// </summary>
public sealed class ImportEmbedding(SemanticIndex index, SemanticModel model, EmbeddingService embedding, EmbeddingQueue queue, IEnumerable<IEmbeddedListener> listeners)
{
    /// <summary>Most papers an import embeds itself: a few seconds on two cores (a day's listing of one category).</summary>
    public const int MostAtOnce = 500;

    public void AfterImport(IProgress<string> progress, CancellationToken cancellationToken)
    {
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
