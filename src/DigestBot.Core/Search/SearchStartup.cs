using DigestBot.Papers;
using DigestBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot.Search;

/// <summary>
/// Brings the search index up to date before sources start polling: papers a crash left unindexed are indexed,
/// a missing or unreadable index is rebuilt (progress in the log). A failure is logged, not fatal: searches retry.
/// </summary>
internal sealed class SearchStartup(PaperStore store, SearchIndexSync sync, ILogger<SearchStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            sync.EnsureCurrent(store, new LogProgress(logger), cancellationToken);
        }
        catch (Exception e) when (e is not (OperationCanceledException or StartupException))
        {
            logger.LogError(e, "Search index could not be brought up to date");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
