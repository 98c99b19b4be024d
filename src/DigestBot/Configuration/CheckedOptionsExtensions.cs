using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigestBot.Configuration;

public static class CheckedOptionsExtensions
{
    /// <summary>
    /// Binds <typeparamref name="T"/> from <paramref name="section"/> after <see cref="ConfigurationCheck"/> has read
    /// every value: a value of the wrong type fails as an options validation failure (one line naming the key, exit
    /// code 2 on the CLI), never as the binder's exception. Hosts without configuration get the defaults.
    /// </summary>
    public static OptionsBuilder<T> BindChecked<T>(this OptionsBuilder<T> builder, string section)
        where T : class
    {
        builder.Services.AddSingleton(new ConfiguredSection(section, typeof(T)));

        // As BindConfiguration does: an edited appsettings.json reaches IOptionsMonitor readers.
        builder.Services.AddSingleton<IOptionsChangeTokenSource<T>>(sp =>
            new ConfigurationChangeTokenSource<T>(builder.Name, sp.GetService<IConfiguration>() ?? new ConfigurationBuilder().Build()));
        return builder.Configure<IServiceProvider>((options, services) =>
        {
            if (services.GetService<IConfiguration>() is not { } configuration)
            {
                return;
            }

            var problems = ConfigurationCheck.Problems(configuration, section, typeof(T));
            if (problems.Count > 0)
            {
                throw new OptionsValidationException(builder.Name, typeof(T), problems);
            }

            configuration.GetSection(section).Bind(options);
        });
    }

    /// <summary>
    /// Checks every section bound with <see cref="BindChecked{T}"/>, for a command about to use them: a bad value in
    /// a section the command does not read is still a broken configuration, and is said before anything runs.
    /// </summary>
    public static void ThrowIfConfigurationInvalid(this IServiceProvider services)
    {
        if (services.GetService<IConfiguration>() is not { } configuration)
        {
            return;
        }

        var problems = services.GetServices<ConfiguredSection>()
            .SelectMany(s => ConfigurationCheck.Problems(configuration, s.Section, s.OptionsType))
            .ToList();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(ConfiguredSection), problems);
        }
    }
}
