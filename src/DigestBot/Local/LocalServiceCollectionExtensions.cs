using DigestBot.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Local;

internal static class LocalServiceCollectionExtensions
{
    /// <summary>The console channel and the <c>digestbot&gt;</c> prompt of local mode.</summary>
    public static IServiceCollection AddLocalMode(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LocalOptions>().BindChecked(LocalOptions.Section, configuration).ValidateOnStart();
        services.AddSingleton<ConsoleGate>();
        services.AddSingleton<ConsoleChannelPoster>();
        services.AddSingleton<PromptInterrupt>();
        services.AddSingleton<LocalPrompt>();
        services.AddSingleton<LocalModeService>();
        return services;
    }
}
