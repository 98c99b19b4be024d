using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace DigestBot.Local;

public static class LoggingBuilderExtensions
{
    /// <summary>The value of <c>Logging:Console:FormatterName</c> that selects JSON lines.</summary>
    public const string JsonFormat = "json";

    /// <summary>
    /// Console logging on stderr (stdout stays clean for command output and <c>--json</c>) in one-line form, or as
    /// one JSON object per line with <c>Logging:Console:FormatterName=json</c> (for journald, Loki and the like).
    /// One-shot commands log warnings and errors only.
    /// </summary>
    public static ILoggingBuilder AddDigestBotConsole(this ILoggingBuilder logging, bool quiet)
    {
        logging.ClearProviders();
        logging.AddConsole();
        logging.Services.AddOptions<ConsoleLoggerOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            var json = string.Equals(configuration["Logging:Console:FormatterName"], JsonFormat, StringComparison.OrdinalIgnoreCase);
            o.FormatterName = json ? ConsoleFormatterNames.Json : OneLineConsoleFormatter.FormatterName;
            o.LogToStandardErrorThreshold = LogLevel.Trace;
        });
        logging.AddConsoleFormatter<OneLineConsoleFormatter, ConsoleFormatterOptions>();
        logging.Services.Configure<JsonConsoleFormatterOptions>(o =>
        {
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });

        // A start-up failure is reported once, as one line, by the CLI; the host's own report would repeat it.
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        if (quiet)
        {
            logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        }

        return logging;
    }
}
