using Microsoft.Extensions.DependencyInjection;

namespace DigestBot;

/// <summary>
/// The singleton <typeparamref name="T"/> under a second service type (a store listener, say): the same instance, not a
/// second one. A method of its own rather than a lambda, so the container test can follow the forward when it looks for
/// dependency cycles (a factory is opaque to the container's own validation).
/// </summary>
internal static class Forwarding<T>
    where T : notnull
{
    public static object Resolve(IServiceProvider services) => services.GetRequiredService<T>();
}
