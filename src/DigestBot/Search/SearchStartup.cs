using DigestBot.Papers;
using DigestBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot.Search;

/// <summary>
/// Brings the search index up to date before sources start polling: papers a crash left unindexed are indexed,
/// a missing or unreadable index is rebuilt (progress in the log). A failure is logged, not fatal: searches retry.
/// </summary>
internal sealed class SearchStartup(IServiceProvider services, ILogger<SearchStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Resolved here, not in the constructor: the host builds hosted services before it validates options,
            // and storage must not be opened by a host that is about to refuse its configuration.
            var store = services.GetRequiredService<PaperStore>();
            services.GetRequiredService<SearchIndexSync>().EnsureCurrent(store, new LogProgress(logger), cancellationToken);
        }
        catch (Exception e) when (e is not (OperationCanceledException or StartupException))
        {
            logger.LogError(e, "Search index could not be brought up to date");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
