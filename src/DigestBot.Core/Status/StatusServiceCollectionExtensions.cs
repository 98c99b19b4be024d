using DigestBot.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Status;

internal static class StatusServiceCollectionExtensions
{
    public static IServiceCollection AddStatus(this IServiceCollection services) => services.AddSingleton<MissedMatchReader>().AddCommand<StatusCommand>();
}
