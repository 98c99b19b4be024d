using DigestBot.Configuration;
using DigestBot.Control;
using DigestBot.Dashboard;
using DigestBot.Digests;
using DigestBot.DiscordBot;
using DigestBot.Maintenance;
using DigestBot.Scheduling;
using DigestBot.Search;
using DigestBot.Semantic;
using DigestBot.Sources;
using DigestBot.Storage;
using DigestBot.Watches;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot;

/// <summary>
/// The running bot's start-up, in one place and in this order: storage (the data directory's lock, the control socket so
/// a CLI finds the bot, then the database), the search index caught up with the store, percolation caught up with what
/// a crash left, background embedding, the schedulers (Quartz first; polls, digests, instant digests, retention), then
/// the transports (Discord's gateway or endpoint and its commands, the local prompt, the dashboard). Stopping goes the
/// other way, after the control socket stops taking commands. The one hosted service, so registration order decides
/// nothing; a worker that dies of an error stops the bot (<see cref="WorkerWatch"/>).
/// </summary>
internal sealed class StartupSequence(
    ConfigurationWarnings configurationWarnings,
    KeepPapersWarning keepPapers,
    DataDirectory directory,
    Database database,
    ControlServer control,
    SearchStartup search,
    PercolationStartup percolation,
    SchedulerStartup quartz,
    SourceScheduler sources,
    DigestScheduler digests,
    InstantDigests instant,
    RetentionScheduler retention,
    EmbeddingWorker embedding,
    DiscordGatewayService gateway,
    InteractionsEndpoint endpoint,
    CommandRegistrationService registration,
    Local.LocalModeService local,
    DashboardServer dashboard,
    WorkerWatch workers) : IHostedLifecycleService
{
    // Embedding starts before Quartz, so it stops after it: polls are interrupted and jobs finished first.
    private readonly StartupSteps _steps = new(
    [
        search, percolation, embedding,
        quartz, sources, digests, instant, retention,
        gateway, endpoint, registration, local, dashboard,
    ]);

    /// <summary>
    /// The deprecated keys still in use said (and a KeepPapers shorter than Freshness), then the lock, then the control socket: a CLI that finds the directory
    /// locked finds the socket too.
    /// </summary>
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        configurationWarnings.WarnDeprecated();
        keepPapers.Warn();
        directory.Open();
        await control.StartingAsync(cancellationToken);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        database.Open();
        await _steps.StartAsync(workers.Watch, cancellationToken);
    }

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Commands stop arriving before anything else stops.</summary>
    public Task StoppingAsync(CancellationToken cancellationToken) => control.StoppingAsync(cancellationToken);

    /// <summary>Every started step is stopped even when one fails to; then what failed (a step, a worker) is thrown.</summary>
    public async Task StopAsync(CancellationToken cancellationToken) =>
        workers.ThrowIfAnyFailed(await _steps.StopAsync(cancellationToken));

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
