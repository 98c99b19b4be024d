using Microsoft.Extensions.Options;
using Quartz;

namespace DigestBot.Sources;

/// <summary>Refuses a source configuration that could only fail later: bad cron, unknown zone, missing URL.</summary>
internal sealed class SourcesOptionsValidator : IValidateOptions<SourcesOptions>
{
    private static readonly TimeSpan MaxFreshness = TimeSpan.FromDays(3650);

    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        var failures = new List<string>();
        if (options.Freshness < TimeSpan.Zero || options.Freshness > MaxFreshness)
        {
            failures.Add("DigestBot:Sources:Freshness must be between 00:00:00 and 3650.00:00:00 (ten years)");
        }

        foreach (var (source, config) in options.List)
        {
            var key = $"DigestBot:Sources:List:{source}";
            if (!CronExpression.TryParse(config.EffectiveSchedule, out _))
            {
                failures.Add($"{key}:Schedule '{config.EffectiveSchedule}' is not a Quartz cron expression (e.g. 0 0 6 ? * MON-FRI)");
            }
            else if (Digests.DigestSchedule.QuartzOutOfRange(config.EffectiveSchedule) is { } wrong)
            {
                failures.Add($"{key}:Schedule '{config.EffectiveSchedule}' is not a Quartz cron expression: {wrong}");
            }

            if (!TimeZoneInfo.TryFindSystemTimeZoneById(config.EffectiveTimeZone, out _))
            {
                failures.Add($"{key}:TimeZone '{config.EffectiveTimeZone}' is not a known time zone (use an IANA name such as Europe/Berlin)");
            }

            if (config.Url is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                failures.Add($"{key}:Url must be an absolute URL");
            }

            var missing = config.Type switch
            {
                SourceType.Feed when string.IsNullOrWhiteSpace(config.Url) => "Url",
                SourceType.ArxivListing or SourceType.ArxivApi when config.Categories.Count == 0 => "Categories",
                SourceType.OpenAlex or SourceType.SemanticScholar when string.IsNullOrWhiteSpace(config.Query) => "Query",
                _ => null,
            };
            if (missing is not null)
            {
                failures.Add($"{key}:{missing} is required for a {config.Type} source");
            }

            if (config.PageSize is < 1 or > 2000 || config.MaxResults < 1)
            {
                failures.Add($"{key}: PageSize must be 1-2000 and MaxResults positive");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
