using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Control;

internal static class ControlServiceCollectionExtensions
{
    /// <summary>The running bot's control socket, through which CLI commands run while the bot holds the data directory.</summary>
    public static IServiceCollection AddControl(this IServiceCollection services)
    {
        services.AddSingleton<ControlConnection>();
        services.AddSingleton<ControlServer>();
        return services;
    }
}
