using DigestBot.Citations;
using DigestBot.Commands;
using DigestBot.Configuration;
using DigestBot.Control;
using DigestBot.Dashboard;
using DigestBot.Digests;
using DigestBot.DiscordBot;
using DigestBot.Local;
using DigestBot.Maintenance;
using DigestBot.PaperCards;
using DigestBot.Papers;
using DigestBot.Scheduling;
using DigestBot.Search;
using DigestBot.Semantic;
using DigestBot.Sources;
using DigestBot.Status;
using DigestBot.Storage;
using DigestBot.Summaries;
using DigestBot.Watches;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DigestBot;

public static class DigestBotServiceCollectionExtensions
{
    /// <summary>
    /// The composition root: every feature of the app, one <c>AddX()</c> each, as the executable runs them and as every
    /// test and benchmark host builds them (with <paramref name="overrides"/>, applied last). The order of the features
    /// does not matter: nothing is chosen by which registration comes last, and what starts when is
    /// <see cref="StartupSequence"/>'s, the one hosted service.
    /// </summary>
    public static IServiceCollection AddDigestBot(this IServiceCollection services, IConfiguration configuration, Action<DigestBotOverrides>? overrides = null)
    {
        services.TryAddSingleton(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ConfiguredSections>();
        services.AddSingleton<ConfigurationWarnings>();
        services.AddSingleton<KeepPapersWarning>();
        services
            .AddStorage(configuration)
            .AddScheduling()
            .AddCommands(configuration)
            .AddPapers()
            .AddPaperCards()
            .AddCitations()
            .AddSearch()
            .AddSemantic(configuration)
            .AddSources(configuration)
            .AddSummaries(configuration)
            .AddDigests(configuration)
            .AddStatus()
            .AddDiscord(configuration)
            .AddLocalMode(configuration)
            .AddMaintenance()
            .AddControl()
            .AddDashboard(configuration);

        // Watch queries are checked as the semantic feature reads them (like: and about: too).
        services.AddSingleton<IQueryValidator, SemanticQueryValidator>();

        // Digests go to Discord whenever a mode talks to it; local mode prints them to the console.
        services.AddSingleton<IChannelPoster>(sp => sp.GetRequiredService<IOptions<DiscordOptions>>().Value.EffectiveMode == DiscordMode.Local
            ? sp.GetRequiredService<ConsoleChannelPoster>()
            : sp.GetRequiredService<DiscordChannelPoster>());

        services.AddSingleton(sp => new ConnectionMode(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.EffectiveMode.ToString()));

        services.AddSingleton<WorkerWatch>();
        services.AddSingleton<StartupSequence>();
        services.AddHostedService(sp => sp.GetRequiredService<StartupSequence>());

        var changes = new DigestBotOverrides();
        overrides?.Invoke(changes);
        changes.ApplyTo(services);
        return services;
    }
}
