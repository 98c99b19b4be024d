using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace DigestBot.Local;

public static class LoggingBuilderExtensions
{
    /// <summary>The value of <c>Logging:Console:FormatterName</c> that selects JSON lines.</summary>
    public const string JsonFormat = "json";

    /// <summary>
    /// Libraries that log every request (HttpClient) and every retry attempt (Polly, through the HTTP resilience
    /// handler) at Information and Warning. A failed poll is reported by the sources in one plain line, so these
    /// are quiet by default; an operator brings them back by naming the category under <c>Logging:LogLevel</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, LogLevel> QuietByDefault { get; } = new Dictionary<string, LogLevel>
    {
        ["System.Net.Http.HttpClient"] = LogLevel.Warning,
        ["Polly"] = LogLevel.Warning,
    };

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
        logging.Services.TryAddSingleton<ConsoleGate>();
        logging.AddConsoleFormatter<OneLineConsoleFormatter, ConsoleFormatterOptions>();
        logging.Services.Configure<JsonConsoleFormatterOptions>(o =>
        {
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });

        // A start-up failure is reported once, as one line, by the CLI; the host's own report would repeat it.
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        logging.Services.AddOptions<LoggerFilterOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            foreach (var (category, level) in QuietByDefault)
            {
                // Added after the rules from configuration, this one would beat a configured level for the same
                // category: so it is only a default, left out when the operator has set that category.
                if (configuration[$"Logging:LogLevel:{category}"] is null)
                {
                    o.Rules.Add(new LoggerFilterRule(null, category, level, null));
                }
            }
        });
        if (quiet)
        {
            logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        }

        return logging;
    }
}
