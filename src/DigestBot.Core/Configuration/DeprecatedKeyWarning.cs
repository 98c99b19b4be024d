using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DigestBot.Configuration;

/// <summary>Says at start-up, one line each, which deprecated keys the configuration still uses and what replaces them.</summary>
internal sealed class DeprecatedKeyWarning(IConfiguration configuration, ILogger<DeprecatedKeyWarning> logger)
{
    public void Warn()
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
}
