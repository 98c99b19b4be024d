using Microsoft.Extensions.DependencyInjection;

namespace DigestBot;

internal static class ForwardingServiceCollectionExtensions
{
    /// <summary>Registers the singleton <typeparamref name="TImplementation"/> also as <typeparamref name="TService"/> (see <see cref="Forwarding{T}"/>).</summary>
    public static IServiceCollection AddForwarded<TService, TImplementation>(this IServiceCollection services)
        where TService : class
        where TImplementation : class, TService =>
        services.AddSingleton(typeof(TService), Forwarding<TImplementation>.Resolve);
}
