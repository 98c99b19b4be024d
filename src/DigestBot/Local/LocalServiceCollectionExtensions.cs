using DigestBot.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigestBot.Local;

public static class LocalServiceCollectionExtensions
{
    /// <summary>The console channel and the <c>digestbot&gt;</c> prompt of local mode.</summary>
    public static IServiceCollection AddLocalMode(this IServiceCollection services)
    {
        services.AddOptions<LocalOptions>().BindChecked(LocalOptions.Section).ValidateOnStart();
        services.TryAddSingleton<ConsoleGate>();
        services.AddSingleton<LocalPrompt>();
        services.AddHostedService<LocalModeService>();
        return services;
    }
}
