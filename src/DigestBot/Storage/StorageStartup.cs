using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Storage;

/// <summary>
/// Takes the data directory lock and opens (and migrates) the database before any other hosted service starts,
/// so a second bot on the same directory stops at once with one clear line.
/// </summary>
internal sealed class StorageStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<Database>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
