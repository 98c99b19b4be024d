using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigestBot.DiscordBot;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>Discord options, validated at start-up. The client itself arrives with the Discord issues.</summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        return services;
    }
}
