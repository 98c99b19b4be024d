using DigestBot.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

internal static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Discord options (validated at start-up), Discord.Net's clients behind our REST guard (one set per process, made
    /// only when a Discord mode first needs them), command registration at start-up, the interaction pipeline, and the
    /// gateway connection (Gateway mode) or the interactions endpoint (Http mode).
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordOptions>().BindChecked(DiscordOptions.Section, configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.AddSingleton<FatalStop>();
        services.AddSingleton<InvalidRequestCounter>();
        services.AddSingleton<DiscordRestGuard>();
        services.AddSingleton<DiscordLog>();
        services.AddSingleton<RawInteractions>();

        // Discord counts logins in real time, whatever clock the app runs on.
        services.AddSingleton(_ => new IdentifyBudget(TimeProvider.System));
        services.AddSingleton<DiscordClients>();
        services.AddSingleton<DiscordChannels>();
        services.AddSingleton<DigestThreads>();
        services.AddSingleton<CommandRegistrationStore>();

        services.AddSingleton<DiscordChannelPoster>();

        // One interaction pipeline for both transports; each transport's hosted service starts only in its mode.
        services.AddSingleton<InteractionDeduplicator>();
        services.AddSingleton<InteractionRouter>();
        services.AddSingleton<InteractionPipeline>();
        services.AddSingleton<ChannelArchiver>();
        services.AddSingleton<GatewayEvents>();
        services.AddSingleton<DiscordGatewayService>();
        services.AddSingleton<InteractionsEndpoint>();
        services.AddSingleton<CommandRegistrationService>();
        return services;
    }
}
