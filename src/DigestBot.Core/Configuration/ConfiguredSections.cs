using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DigestBot.Configuration;

/// <summary>Every section bound with <see cref="CheckedOptionsExtensions.BindChecked{T}"/>, checked at once.</summary>
public sealed class ConfiguredSections(IConfiguration configuration, IEnumerable<ConfiguredSection> sections)
{
    /// <summary>
    /// For a command about to use the configuration: a bad value in a section the command does not read is still a
    /// broken configuration, and is said before anything runs.
    /// </summary>
    public void ThrowIfInvalid()
    {
        var problems = sections.SelectMany(s => ConfigurationCheck.Problems(configuration, s.Section, s.OptionsType)).ToList();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(ConfiguredSection), problems);
        }
    }
}
