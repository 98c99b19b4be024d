using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace DigestBot.Local;

public static class LoggingBuilderExtensions
{
    /// <summary>
    /// Console logging on stderr (stdout stays clean for command output and <c>--json</c>) in one-line form.
    /// One-shot commands log warnings and errors only.
    /// </summary>
    public static ILoggingBuilder AddDigestBotConsole(this ILoggingBuilder logging, bool quiet)
    {
        logging.ClearProviders();
        logging.AddConsole(o =>
        {
            o.FormatterName = OneLineConsoleFormatter.FormatterName;
            o.LogToStandardErrorThreshold = LogLevel.Trace;
        });
        logging.AddConsoleFormatter<OneLineConsoleFormatter, ConsoleFormatterOptions>();

        // A start-up failure is reported once, as one line, by the CLI; the host's own report would repeat it.
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        if (quiet)
        {
            logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        }

        return logging;
    }
}
