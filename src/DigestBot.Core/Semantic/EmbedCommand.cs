using System.Diagnostics;
using System.Globalization;
using DigestBot.Commands;

namespace DigestBot.Semantic;

/// <summary>
/// <c>embed [--all]</c>: embeds the queue now, on every core, with a progress bar (for the CLI and scripts); the
/// background embedding of a running bot takes from the same queue meanwhile. <c>--all</c> also queues the papers
/// outside <c>Semantic:Since</c>.
/// </summary>
public sealed class EmbedCommand(SemanticIndex index, SemanticModel model, EmbeddingService embedding, EmbeddingQueue queue, IEnumerable<IEmbeddedListener> listeners) : ICommandHandler
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(2);

    public static CommandDefinition Definition { get; } = new(
        "embed",
        "Make the vectors of semantic search now (the bot otherwise does it in the background)",
        [new CommandOption("all", "Every stored paper, not only those published within Semantic:Since", OptionType.Boolean)])
    {
        MayBeSlow = true,
        LocalOnly = true,
        Example = "--all",
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        if (!index.Enabled)
        {
            throw new CommandInputException("embed: semantic search is off (DigestBot:Semantic:Enabled is false)");
        }

        _ = model.Embedder; // the model loads (or says why it cannot) before anything is counted
        embedding.Scan(request.GetBoolean("all"), cancellationToken);
        var clock = Stopwatch.StartNew();
        var done = Drain(embedding, queue, listeners, request.Progress, cancellationToken);
        var rate = done / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
        return ValueTask.FromResult(Reply.Message(string.Create(
            CultureInfo.InvariantCulture,
            $"embedded {done:N0} papers in {clock.Elapsed.TotalSeconds:F1} s ({rate:F1} papers/s); {index.Count:N0} papers have vectors")));
    }

    /// <summary>
    /// Embeds everything queued, on every core, reporting a progress bar every two seconds; then tells the listeners
    /// (semantic watches waiting on these papers are matched). Returns how many papers it took from the queue.
    /// </summary>
    internal static int Drain(EmbeddingService embedding, EmbeddingQueue queue, IEnumerable<IEmbeddedListener> listeners, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var total = queue.Count;
        var done = 0;
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        var gate = new Lock();
        try
        {
            Parallel.For(0, Environment.ProcessorCount, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, _ =>
            {
                for (var n = embedding.EmbedNext(cancellationToken); n > 0; n = embedding.EmbedNext(cancellationToken))
                {
                    lock (gate)
                    {
                        done += n;
                        if (clock.Elapsed - last >= ProgressEvery)
                        {
                            last = clock.Elapsed;
                            progress.Report(Bar(done, total, clock.Elapsed));
                        }
                    }
                }
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Every worker has ended here. Each vector is stored as it is made: those made so far are kept, the rest stay
            // queued for next time.
            progress.Report(string.Create(CultureInfo.InvariantCulture, $"stopped after {done:N0} of {total:N0} papers embedded; embed (or a running bot) makes the rest"));
            throw;
        }

        foreach (var listener in listeners)
        {
            listener.Embedded();
        }

        return done;
    }

    /// <summary>"[#######.............]  35%  7,000 of 20,000 papers, 48/s, ~4 min left".</summary>
    internal static string Bar(int done, int total, TimeSpan elapsed)
    {
        const int Width = 20;
        var share = total == 0 ? 1 : Math.Min(1, (double)done / total);
        var filled = (int)Math.Round(share * Width);
        var rate = done / Math.Max(elapsed.TotalSeconds, 1e-3);
        var left = rate > 0 ? (total - done) / rate : 0;
        var eta = left < 90 ? $"~{left:F0} s left" : $"~{left / 60:F0} min left";
        return string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('.', Width - filled)}] {(int)(share * 100),3}%  {done:N0} of {total:N0} papers, {rate:F0}/s, {eta}");
    }
}
