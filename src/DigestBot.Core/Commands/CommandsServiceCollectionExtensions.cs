using DigestBot.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DigestBot.Commands;

internal static class CommandsServiceCollectionExtensions
{
    /// <summary>The command pipeline (with its cooldowns) and the <c>help</c> command; features add theirs with <see cref="AddCommand{T}"/>.</summary>
    public static IServiceCollection AddCommands(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CooldownsOptions>().BindChecked(CooldownsOptions.Section, configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CooldownsOptions>, CooldownsOptionsValidator>();
        services.AddSingleton<CommandCooldowns>();
        services.AddSingleton<CommandDispatcher>();
        services.AddCommand<HelpCommand>();
        return services;
    }

    public static IServiceCollection AddCommand<T>(this IServiceCollection services)
        where T : class, ICommandHandler
    {
        services.AddSingleton(sp => new CommandRegistration(T.Definition, sp.GetRequiredService<T>));
        services.TryAddSingleton<T>();
        return services;
    }
}
