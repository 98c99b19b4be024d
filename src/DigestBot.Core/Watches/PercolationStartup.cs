using DigestBot.Papers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot.Watches;

/// <summary>Percolates, at start-up, announcements a crash left between storing the papers and matching the watches.</summary>
internal sealed class PercolationStartup(Percolator percolator, PaperStore store, ILogger<PercolationStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var added = percolator.PercolatePending(store);
        if (added > 0)
        {
            logger.LogInformation("Start-up percolation added {Deliveries} deliveries left over from before a restart", added);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
