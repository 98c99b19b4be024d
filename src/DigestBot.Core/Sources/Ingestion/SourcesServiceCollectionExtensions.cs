using DigestBot.Commands;
using DigestBot.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Telemetry;
using Quartz;

namespace DigestBot.Sources;

internal static class SourcesServiceCollectionExtensions
{
    /// <summary>Paper sources, their scheduled polls (one Quartz job each), imports and the <c>sources</c> command.</summary>
    public static IServiceCollection AddSources(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SourcesOptions>().BindChecked(SourcesOptions.Section, configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>();

        services.AddSingleton<SourceStateStore>();
        services.AddSingleton<SourceFailureReporter>();
        services.AddSingleton<PaperIngestor>();
        services.AddSingleton<ArxivGate>();
        services.AddSingleton<SourceHttp>();
        services.AddSingleton<IPaperSource, ArxivListingSource>();
        services.AddSingleton<IPaperSource, ArxivApiSource>();
        services.AddSingleton<IPaperSource, HfDailySource>();
        services.AddSingleton<IPaperSource, FeedSource>();
        services.AddSingleton<IPaperSource, OpenAlexSource>();
        services.AddSingleton<IPaperSource, SemanticScholarSource>();
        services.AddSingleton<IngestService>();
        services.AddSingleton<SourceStatusReader>();
        services.AddSingleton<SnapshotImporter>();
        services.AddSingleton<ImportService>();
        services.AddCommand<SourcesCommand>();
        services.AddCommand<ImportCommand>();

        AddHttp(services);
        services.AddQuartz(q => q.AddJobType<IngestJob>());
        services.AddSingleton<SourceScheduler>();
        return services;
    }

    private static void AddHttp(IServiceCollection services)
    {
        var version = typeof(SourcesServiceCollectionExtensions).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";
        var http = services.AddHttpClient(SourceHttp.ClientName)
            .ConfigureHttpClient((sp, client) =>
            {
                var options = sp.GetRequiredService<IOptions<SourcesOptions>>().Value;
                var contact = string.IsNullOrWhiteSpace(options.Contact) ? string.Empty : $"; {options.Contact}";
                client.DefaultRequestHeaders.UserAgent.ParseAdd($"DigestBot/{version} (self-hosted paper digest bot{contact})");
                client.Timeout = Timeout.InfiniteTimeSpan;
            })

            // arXiv asks for a single connection; no source needs more than one at a time.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { MaxConnectionsPerServer = 1, AutomaticDecompression = System.Net.DecompressionMethods.All });
        http.AddResilienceHandler("sources", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<SourcesOptions>>().Value;

                // Back-off and timeouts are about the network, not the bot's notion of time: always the real clock.
                pipeline.TimeProvider = TimeProvider.System;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 3,
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = true,
                });
                pipeline.AddTimeout(options.RequestTimeout);
            });

        services.Configure<TelemetryOptions>(o =>
        {
            // Polly logs each attempt and retry as a warning (the last one as an error). For sources these are routine:
            // the poll reports its outcome in one line, so the per-attempt events are information here (still there
            // for an operator who sets Logging:LogLevel:Polly to Information). Other pipelines keep their severities.
            var previous = o.SeverityProvider;
            o.SeverityProvider = args =>
                args.Source.PipelineName?.StartsWith(SourceHttp.ClientName, StringComparison.Ordinal) == true
                && args.Event.EventName is "ExecutionAttempt" or "OnRetry" or "OnTimeout"
                    ? ResilienceEventSeverity.Information
                    : previous?.Invoke(args) ?? args.Event.Severity;
        });

        // Added after the resilience handler, so inside its retries: a body cut off mid-transfer is retried too.
        http.AddHttpMessageHandler(() => new BufferedBodyHandler());
    }
}
