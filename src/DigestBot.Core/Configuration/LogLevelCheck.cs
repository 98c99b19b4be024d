using DigestBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DigestBot.Configuration;

/// <summary>
/// <c>Logging:LogLevel:*</c> and <c>Logging:PROVIDER:LogLevel:*</c> must be log level names. The logging setup reads
/// them while the host is built, and its own failure (<c>Configuration value 'Verbose' is not supported</c>) names
/// neither the key nor the allowed levels; so they are read here first.
/// </summary>
public static class LogLevelCheck
{
    public static void ThrowIfInvalid(IConfiguration configuration)
    {
        var logging = configuration.GetSection("Logging");
        var sections = logging.GetChildren().Select(c => c.GetSection("LogLevel")).Prepend(logging.GetSection("LogLevel"));
        var problems = sections
            .SelectMany(s => s.GetChildren())
            // An empty level is skipped by the logging setup too.
            .Where(level => level.Value is { Length: > 0 } value && !Enum.TryParse<LogLevel>(value, ignoreCase: true, out _))
            .Select(level => $"{ConfigurationCheck.Key(level.Path)}: '{level.Value}' is not one of {string.Join(", ", Enum.GetNames<LogLevel>())}")
            .ToList();
        if (problems.Count > 0)
        {
            throw new StartupException(string.Join("; ", problems), ExitCodes.BadInput);
        }
    }
}
