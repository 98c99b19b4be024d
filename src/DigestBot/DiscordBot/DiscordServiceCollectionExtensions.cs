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
    /// state; created only when a Discord mode first needs it) and command registration at start-up.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section).ValidateOnStart();
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
            ? new ConsoleChannelPoster()
            : ActivatorUtilities.CreateInstance<DiscordChannelPoster>(sp));
        services.AddHostedService<CommandRegistrationService>();
        return services;
    }
}
