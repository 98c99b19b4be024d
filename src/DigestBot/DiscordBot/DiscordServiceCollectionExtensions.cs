using DigestBot.Configuration;
using DigestBot.Digests;
using DigestBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Discord options (validated at start-up), the REST client (one per process: it holds the rate-limit
    /// state; created only when a Discord mode first needs it), command registration at start-up, the interaction
    /// pipeline, and the gateway connection (Gateway mode) or the interactions endpoint (Http mode).
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>().BindChecked(DiscordOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
            var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                // Each attempt has its own timeout (RequestTimeout) inside the client.
                Timeout = Timeout.InfiniteTimeSpan,
            };
            var rest = new DiscordRestOptions
            {
                Token = options.Token,
                ApiBaseUrl = new Uri(options.ApiBaseUrl),
                GlobalRequestsPerSecond = options.GlobalRequestsPerSecond,
                RequestTimeout = options.RequestTimeout,
            };
            return new DiscordRestClient(http, rest, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<DiscordRestClient>>());
        });
        services.AddSingleton<CommandRegistrationStore>();

        // Digests go to Discord whenever a mode talks to it; local mode keeps the console poster.
        services.AddSingleton<IChannelPoster>(sp => sp.GetRequiredService<IOptions<DiscordOptions>>().Value.EffectiveMode == DiscordMode.Local
            ? ActivatorUtilities.CreateInstance<ConsoleChannelPoster>(sp)
            : ActivatorUtilities.CreateInstance<DiscordChannelPoster>(sp));
        services.AddHostedService<CommandRegistrationService>();

        // One interaction pipeline for both transports; each transport's hosted service starts only in its mode.
        services.TryAddSingleton<InteractionDeduplicator>();
        services.TryAddSingleton<InteractionRouter>();
        services.TryAddSingleton<InteractionPipeline>();
        services.TryAddSingleton<ChannelArchiver>();
        services.AddSingleton<DiscordGatewayService>();
        services.AddHostedService(sp => sp.GetRequiredService<DiscordGatewayService>());
        services.AddSingleton<InteractionsEndpoint>();
        services.AddHostedService(sp => sp.GetRequiredService<InteractionsEndpoint>());
        return services;
    }
}
