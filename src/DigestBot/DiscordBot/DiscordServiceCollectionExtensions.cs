using DigestBot.Configuration;
using DigestBot.Digests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Discord options (validated at start-up), Discord.Net's clients behind our REST guard (one set per process, made
    /// only when a Discord mode first needs them), command registration at start-up, the interaction pipeline, and the
    /// gateway connection (Gateway mode) or the interactions endpoint (Http mode).
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>().BindChecked(DiscordOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FatalStop>();
        services.TryAddSingleton<InvalidRequestCounter>();
        services.TryAddSingleton<DiscordRestGuard>();
        services.TryAddSingleton<DiscordLog>();
        services.TryAddSingleton<RawInteractions>();

        // Discord counts logins in real time, whatever clock the app runs on.
        services.TryAddSingleton(_ => new IdentifyBudget(TimeProvider.System));
        services.TryAddSingleton<DiscordClients>();
        services.TryAddSingleton<DiscordChannels>();
        services.TryAddSingleton<DigestThreads>();
        services.AddSingleton<CommandRegistrationStore>();

        // Digests go to Discord whenever a mode talks to it; local mode keeps the console poster.
        services.AddSingleton<IChannelPoster>(sp => sp.GetRequiredService<IOptions<DiscordOptions>>().Value.EffectiveMode == DiscordMode.Local
            ? ActivatorUtilities.CreateInstance<ConsoleChannelPoster>(sp)
            : ActivatorUtilities.CreateInstance<DiscordChannelPoster>(sp));

        // One interaction pipeline for both transports; each transport's hosted service starts only in its mode.
        services.TryAddSingleton<InteractionDeduplicator>();
        services.TryAddSingleton<InteractionRouter>();
        services.TryAddSingleton<InteractionPipeline>();
        services.TryAddSingleton<ChannelArchiver>();
        services.AddSingleton<DiscordGatewayService>();
        services.AddHostedService(sp => sp.GetRequiredService<DiscordGatewayService>());
        services.AddSingleton<InteractionsEndpoint>();
        services.AddHostedService(sp => sp.GetRequiredService<InteractionsEndpoint>());
        services.AddHostedService<CommandRegistrationService>();
        return services;
    }
}
