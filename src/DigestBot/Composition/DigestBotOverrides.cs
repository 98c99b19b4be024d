using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigestBot;

/// <summary>
/// What a test or benchmark host changes in the app's services (a fake clock, a recording poster, a shared model), said
/// explicitly and applied after every feature is registered, so neither side depends on registration order.
/// </summary>
public sealed class DigestBotOverrides
{
    private readonly List<Action<IServiceCollection>> _changes = [];

    /// <summary>Replaces every registration of <typeparamref name="T"/> with this instance.</summary>
    public DigestBotOverrides Use<T>(T instance)
        where T : class
    {
        _changes.Add(services => services.RemoveAll<T>().AddSingleton(instance));
        return this;
    }

    /// <summary>Replaces every registration of <typeparamref name="T"/> with one made by <paramref name="factory"/>.</summary>
    public DigestBotOverrides Use<T>(Func<IServiceProvider, T> factory)
        where T : class
    {
        _changes.Add(services => services.RemoveAll<T>().AddSingleton(factory));
        return this;
    }

    /// <summary>Services beside the app's own (a probe command, another autocomplete provider).</summary>
    public DigestBotOverrides Add(Action<IServiceCollection> more)
    {
        _changes.Add(more);
        return this;
    }

    internal void ApplyTo(IServiceCollection services)
    {
        foreach (var change in _changes)
        {
            change(services);
        }
    }
}
