using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DigestBot.Configuration;

/// <summary>
/// Says, one line each, which deprecated keys the configuration still uses and what replaces them, and which keys no
/// setting reads (<see cref="UnknownSettings"/>).
/// </summary>
internal sealed class ConfigurationWarnings(IConfiguration configuration, IEnumerable<ConfiguredSection> sections, ILogger<ConfigurationWarnings> logger)
{
    /// <summary>At the bot's start: the deprecated keys in use.</summary>
    public void WarnDeprecated()
    {
        foreach (var key in DeprecatedDurations.InUse(configuration))
        {
            logger.LogWarning(
                "{OldKey} is deprecated: it still works, but set {NewKey} instead, as a duration ({Format})",
                key.OldKey,
                key.NewKey,
                ConfigurationValueText.DurationHelp);
        }
    }

    /// <summary>
    /// Before the bot starts or a command runs (the executable checks its setup first in both). A deprecated key is said
    /// at the bot's start only: it still works, so a line before every command would be noise in scripts; an unknown key
    /// leaves a setting at its default, which a command's answer may show.
    /// </summary>
    public void WarnUnknown()
    {
        foreach (var line in UnknownSettings.Find(configuration, sections))
        {
            logger.LogWarning("{Unknown}", line);
        }
    }
}
