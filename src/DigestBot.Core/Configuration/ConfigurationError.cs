using Microsoft.Extensions.Options;

namespace DigestBot.Configuration;

/// <summary>
/// How a setting that fails its validation is said, by the bot's start and by a command that reads it alike: the
/// failures of its validators, which name the key and what it takes, never the value (it may be a secret).
/// </summary>
internal static class ConfigurationError
{
    public static string Describe(OptionsValidationException e) => string.Join("; ", e.Failures);
}
