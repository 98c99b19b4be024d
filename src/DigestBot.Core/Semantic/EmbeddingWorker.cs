using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Semantic;

/// <summary>
/// Embeds in the background while the bot runs: first queues what lacks a vector (a scan of the store), then takes
/// batches from the queue on <see cref="SemanticOptions.Threads"/> threads of its own, each running the model on a
/// thread at the lowest CPU priority (<see cref="LowPriorityThread"/>), so ingest, digests and commands never wait for it. After each batch, papers that semantic watches wait on are matched (<see cref="IEmbeddedListener"/>).
/// </summary>
internal sealed class EmbeddingWorker(
    EmbeddingService embedding,
    EmbeddingQueue queue,
    IEnumerable<IEmbeddedListener> listeners,
    SemanticSync sync,
    SemanticIndex index,
    IOptions<SemanticOptions> options,
    ILogger<EmbeddingWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan AfterFailure = TimeSpan.FromMinutes(1);

    // How long the store must have been quiet before the background embeds again (an import writes every moment).
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return Task.CompletedTask;
        }

        var threads = Enumerable.Range(0, options.Value.Threads)
            .Select(i => Task.Factory.StartNew(() => Run(first: i == 0, stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        return Task.WhenAll(threads);
    }

    private void Run(bool first, CancellationToken stopping)
    {
        // The model runs on a thread the kernel gives only what ingest, digests and commands leave; this one waits.
        using var model = new LowPriorityThread("semantic embedding");
        var lowered = model.Lowered;
        try
        {
            if (first)
            {
                embedding.InBackground = true;
                var queued = embedding.Scan(all: false, stopping);
                logger.LogInformation(
                    "{Embedded} papers have vectors, {Queued} queued to embed ({Priority})",
                    index.Count,
                    queued,
                    lowered ? "at the lowest CPU priority" : "at normal CPU priority: this system does not let a thread lower its own");
            }

            while (!stopping.IsCancellationRequested)
            {
                try
                {
                    while (sync.WrittenWithin(Quiet) && !stopping.IsCancellationRequested)
                    {
                        stopping.WaitHandle.WaitOne(Quiet);
                    }

                    var done = embedding.EmbedNext(stopping, texts => model.Run(() => embedding.Embed(texts, stopping)));
                    foreach (var listener in listeners)
                    {
                        listener.Embedded();
                    }

                    if (done == 0)
                    {
                        queue.WaitAsync(Idle, stopping).GetAwaiter().GetResult();
                    }
                }
                catch (Exception e) when (e is not (OperationCanceledException or SemanticUnavailableException))
                {
                    // A paper the model cannot take, a full disk: said once a minute, never the end of the bot.
                    logger.LogWarning(e, "Embedding failed, trying again in a minute");
                    stopping.WaitHandle.WaitOne(AfterFailure);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (SemanticUnavailableException e)
        {
            logger.LogError("Semantic search is off for this run: {Reason}", e.Message);
        }
    }
}
