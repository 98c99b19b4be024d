using DigestBot;
using DigestBot.Citations;
using DigestBot.Commands;
using DigestBot.Control;
using DigestBot.Digests;
using DigestBot.DiscordBot;
using DigestBot.Local;
using DigestBot.Maintenance;
using DigestBot.Papers;
using DigestBot.Scheduling;
using DigestBot.Search;
using DigestBot.Sources;
using DigestBot.Status;
using DigestBot.Storage;
using DigestBot.Summaries;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Tests.Local;

/// <summary>The app's services as Program registers them (every feature), for tests of what the CLI offers.</summary>
internal static class AppCommands
{
    public static IServiceCollection Services() => new ServiceCollection().AddDigestBot();

    /// <summary>What the CLI and the prompt offer, as <see cref="CommandDispatcher.LocalDefinitions"/> lists it.</summary>
    public static IReadOnlyList<CommandDefinition> Local() =>
    [
        .. Services()
            .Where(s => s.ServiceType == typeof(CommandRegistration))
            .Select(s => ((CommandRegistration)s.ImplementationInstance!).Definition)
            .Where(d => !d.DiscordOnly && !d.Hidden)
            .OrderBy(d => d.Name, StringComparer.Ordinal),
    ];
}
