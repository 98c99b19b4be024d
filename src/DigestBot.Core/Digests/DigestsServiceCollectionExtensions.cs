using DigestBot.Commands;
using DigestBot.Configuration;
using DigestBot.Papers;
using DigestBot.Storage;
using DigestBot.Watches;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Quartz;

namespace DigestBot.Digests;

internal static class DigestsServiceCollectionExtensions
{
    /// <summary>
    /// Watches, percolation, channel schedules, the delivery outbox, digest jobs and their commands. Which
    /// <see cref="IChannelPoster"/> sends the digests is chosen by the composition root, not here.
    /// </summary>
    public static IServiceCollection AddDigests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DigestsOptions>().BindChecked(DigestsOptions.Section, configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DigestsOptions>, DigestsOptionsValidator>();
        services.AddSingleton<IMigration, DigestsSchema>();
        services.AddSingleton<IMigration, PendingDeliveriesSchema>();
        services.AddSingleton<WatchStore>();
        services.AddSingleton<WatchMatcher>();
        services.AddSingleton<WatchPreview>();
        services.AddSingleton<DueChannels>();
        services.AddSingleton<Percolator>();
        services.AddForwarded<IPaperStoreListener, Percolator>();
        services.AddSingleton<PercolationStartup>();
        services.AddSingleton<ChannelStore>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<DigestService>();
        services.AddSingleton<ChannelStatusReader>();
        services.AddSingleton<DigestScheduler>();
        services.AddSingleton<InstantDigests>();
        services.AddQuartz(q => q.AddJobType<DigestJob>());

        services.AddCommand<WatchAddCommand>();
        services.AddCommand<WatchListCommand>();
        services.AddCommand<WatchRemoveCommand>();
        services.AddCommand<WatchPauseCommand>();
        services.AddCommand<WatchResumeCommand>();
        services.AddCommand<WatchEditCommand>();
        services.AddCommand<WatchTestCommand>();
        services.AddCommand<ScheduleSetCommand>();
        services.AddCommand<ScheduleShowCommand>();
        services.AddCommand<SchedulePauseCommand>();
        services.AddCommand<ScheduleResumeCommand>();
        services.AddCommand<DigestCommand>();
        services.AddCommand<DigestNowCommand>();
        services.AddSingleton<IAutocompleteProvider, WatchAutocomplete>();
        services.AddSingleton<IAutocompleteProvider, TimeZoneAutocomplete>();
        services.AddSingleton<IAutocompleteProvider, ScheduleAutocomplete>();
        return services;
    }
}
