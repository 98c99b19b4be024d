using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Tests.Composition;

/// <summary>
/// Dependency cycles among registrations, following constructor parameters (an <see cref="IEnumerable{T}"/> to every
/// registration of its element) and the app's forwards (<c>Forwarding&lt;T&gt;</c>), which the container's own validation
/// cannot see into. Other factories are opaque (a lazy handler or summarizer is made later, outside the cycle).
/// </summary>
internal static class DependencyCycles
{
    public static IReadOnlyList<string> Find(IServiceCollection services)
    {
        var edges = services
            .Where(d => !d.IsKeyedService && !d.ServiceType.IsGenericTypeDefinition)
            .GroupBy(d => d.ServiceType)
            .ToDictionary(g => g.Key, g => g.SelectMany(Dependencies).Distinct().ToList());
        var cycles = new List<string>();
        var done = new HashSet<Type>();
        foreach (var type in edges.Keys)
        {
            Visit(type, edges, [], done, cycles);
        }

        return cycles;
    }

    private static void Visit(Type type, Dictionary<Type, List<Type>> edges, List<Type> path, HashSet<Type> done, List<string> cycles)
    {
        if (path.Contains(type))
        {
            cycles.Add(string.Join(" -> ", path.SkipWhile(t => t != type).Append(type).Select(t => t.Name)));
            return;
        }

        if (done.Contains(type) || !edges.TryGetValue(type, out var next))
        {
            return;
        }

        path.Add(type);
        foreach (var dependency in next)
        {
            Visit(dependency, edges, path, done, cycles);
        }

        path.RemoveAt(path.Count - 1);
        done.Add(type);
    }

    private static IEnumerable<Type> Dependencies(ServiceDescriptor descriptor)
    {
        if (descriptor.ImplementationFactory?.Method.DeclaringType is { IsGenericType: true } forwarding
            && forwarding.GetGenericTypeDefinition() == typeof(Forwarding<>))
        {
            return [forwarding.GetGenericArguments()[0]];
        }

        if (descriptor.ImplementationType is not { } implementation)
        {
            return [];
        }

        // The constructor the container takes: the one with the most parameters.
        var constructor = implementation.GetConstructors(BindingFlags.Public | BindingFlags.Instance).MaxBy(c => c.GetParameters().Length);
        return constructor?.GetParameters().Select(p => p.ParameterType)
            .Select(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? t.GetGenericArguments()[0] : t) ?? [];
    }
}
