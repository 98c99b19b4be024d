using DigestBot.Commands;
using DigestBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Tests.Local;

/// <summary>The app's services as Program registers them (every feature), for tests of what the CLI offers.</summary>
internal static class AppCommands
{
    public static IServiceCollection Services() => TestApp.Services();

    /// <summary>Every command the app registers (their definitions: the handlers are not made).</summary>
    public static IReadOnlyList<CommandRegistration> Registrations()
    {
        using var provider = Services().BuildServiceProvider();
        return [.. provider.GetServices<CommandRegistration>()];
    }

    /// <summary>What the CLI and the prompt offer, as <see cref="CommandDispatcher.LocalDefinitions"/> lists it.</summary>
    public static IReadOnlyList<CommandDefinition> Local()
    {
        using var provider = Services().BuildServiceProvider();
        return provider.GetRequiredService<CommandDispatcher>().LocalDefinitions;
    }
}
