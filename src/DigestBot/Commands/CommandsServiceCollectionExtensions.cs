using DigestBot.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DigestBot.Commands;

public static class CommandsServiceCollectionExtensions
{
    /// <summary>The command pipeline (with its cooldowns) and the <c>help</c> command; features add theirs with <see cref="AddCommand{T}"/>.</summary>
    public static IServiceCollection AddCommands(this IServiceCollection services)
    {
        // Bound only when there is configuration: hosts and harnesses without any get the defaults.
        services.AddOptions<CooldownsOptions>().BindChecked(CooldownsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CooldownsOptions>, CooldownsOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CommandCooldowns>();
        services.TryAddSingleton<CommandDispatcher>();
        services.AddCommand<HelpCommand>();
        return services;
    }

    public static IServiceCollection AddCommand<T>(this IServiceCollection services)
        where T : class, ICommandHandler
    {
        services.AddSingleton(new CommandRegistration(T.Definition, typeof(T)));
        services.TryAddSingleton<T>();
        return services;
    }
}
