using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigestBot.Configuration;

public static class CheckedOptionsExtensions
{
    /// <summary>
    /// Binds <typeparamref name="T"/> from <paramref name="section"/> of <paramref name="configuration"/> after
    /// <see cref="ConfigurationCheck"/> has read every value: a value of the wrong type fails as an options validation
    /// failure (one line naming the key, exit code 2 on the CLI), never as the binder's exception.
    /// </summary>
    public static OptionsBuilder<T> BindChecked<T>(this OptionsBuilder<T> builder, string section, IConfiguration configuration)
        where T : class
    {
        builder.Services.AddSingleton(new ConfiguredSection(section, typeof(T)));

        // As BindConfiguration does: an edited appsettings.json reaches IOptionsMonitor readers.
        builder.Services.AddSingleton<IOptionsChangeTokenSource<T>>(new ConfigurationChangeTokenSource<T>(builder.Name, configuration));
        return builder.Configure(options =>
        {
            var problems = ConfigurationCheck.Problems(configuration, section, typeof(T));
            if (problems.Count > 0)
            {
                throw new OptionsValidationException(builder.Name, typeof(T), problems);
            }

            configuration.GetSection(section).Bind(options);

            // A deprecated key (a whole number of seconds or days) still sets its duration when the new key is not set.
            if (DeprecatedDurations.Translated(configuration, section) is { Count: > 0 } legacy)
            {
                new ConfigurationBuilder().AddInMemoryCollection(legacy).Build().Bind(options);
            }
        });
    }
}
