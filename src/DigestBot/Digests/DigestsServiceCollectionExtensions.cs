using DigestBot.Commands;
using DigestBot.Configuration;
using DigestBot.DiscordBot;
using DigestBot.Papers;
using DigestBot.Storage;
using DigestBot.Watches;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace DigestBot.Digests;

public static class DigestsServiceCollectionExtensions
{
    /// <summary>Watches, channel schedules, the delivery outbox, digest jobs and their commands; the console poster by default.</summary>
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.AddOptions<DigestsOptions>().BindChecked(DigestsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DigestsOptions>, DigestsOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IMigration, DigestsSchema>();
        services.TryAddSingleton<IQueryValidator, SearchQueryValidator>(); // AddSemantic() registers one that checks like: and about: too
        services.AddSingleton<WatchStore>();
        services.AddSingleton<WatchMatcher>();
        services.AddSingleton<WatchPreview>();
        services.AddSingleton<Percolator>();
        services.AddSingleton<IPaperStoreListener>(sp => sp.GetRequiredService<Percolator>());
        services.AddHostedService<PercolationStartup>();
        services.AddSingleton<ChannelStore>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<DigestService>();
        services.AddSingleton<ChannelStatusReader>();
        services.TryAddSingleton<IChannelPoster, ConsoleChannelPoster>();
        services.AddSingleton<DigestScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestScheduler>());
        services.AddQuartz(q => q.AddJobType<DigestJob>());

        services.AddCommand<WatchAddCommand>();
        services.AddCommand<WatchListCommand>();
        services.AddCommand<WatchRemoveCommand>();
        services.AddCommand<WatchTestCommand>();
        services.AddCommand<ScheduleSetCommand>();
        services.AddCommand<ScheduleShowCommand>();
        services.AddCommand<SchedulePauseCommand>();
        services.AddCommand<ScheduleResumeCommand>();
        services.AddCommand<DigestCommand>();
        services.AddCommand<DigestNowCommand>();
        services.AddSingleton<IAutocompleteProvider, WatchAutocomplete>();
        services.AddSingleton<IAutocompleteProvider, TimeZoneAutocomplete>();
        return services;
    }
}
