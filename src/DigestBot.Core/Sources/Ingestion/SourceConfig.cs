namespace DigestBot.Sources;

/// <summary>One configured source (<c>DigestBot:Sources:List:&lt;name&gt;</c>); the name is the dictionary key.</summary>
public sealed class SourceConfig
{
    public SourceType Type { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>The feed URL (<see cref="SourceType.Feed"/>) or a base URL overriding the public service (tests, mirrors).</summary>
    public string? Url { get; set; }

    /// <summary>arXiv categories (<c>cs.LG</c>) for listing feeds and API queries.</summary>
    public List<string> Categories { get; set; } = [];

    /// <summary>Search text for OpenAlex and Semantic Scholar.</summary>
    public string? Query { get; set; }

    /// <summary>Quartz cron expression (six or seven fields); empty means the type's default (see <see cref="EffectiveSchedule"/>).</summary>
    public string? Schedule { get; set; }

    /// <summary>IANA time zone the schedule is read in; empty means the type's default.</summary>
    public string? TimeZone { get; set; }

    /// <summary>
    /// The schedule in force: arXiv once a weekday morning in New York, after the listing is rebuilt (midnight
    /// Eastern, finished by about 05:00); Hugging Face every three hours; journal feeds every 30 minutes.
    /// </summary>
    public string EffectiveSchedule => string.IsNullOrWhiteSpace(Schedule)
        ? Type switch
        {
            SourceType.ArxivListing => "0 0 6 ? * MON-FRI",
            SourceType.ArxivApi => "0 30 6 ? * MON-FRI",
            SourceType.HfDaily => "0 20 0/3 * * ?",
            SourceType.Feed => "0 0/30 * * * ?",
            _ => "0 0 7 * * ?",
        }
        : Schedule;

    public string EffectiveTimeZone => string.IsNullOrWhiteSpace(TimeZone)
        ? Type is SourceType.ArxivListing or SourceType.ArxivApi ? "America/New_York" : "UTC"
        : TimeZone;

    /// <summary>
    /// When the schedule next fires after <paramref name="after"/> (its cron read in its time zone, as the scheduler
    /// reads it), or null when it never will; the options validator has checked both.
    /// </summary>
    public DateTimeOffset? NextPoll(DateTimeOffset after) =>
        new Quartz.CronExpression(EffectiveSchedule, TimeZoneInfo.FindSystemTimeZoneById(EffectiveTimeZone)).GetNextValidTimeAfter(after);

    /// <summary>OpenAlex (required) or Semantic Scholar (optional) key. Set it through the environment.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Results per request for paged APIs.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Most results one poll reads from a paged API.</summary>
    public int MaxResults { get; set; } = 2000;

    /// <summary>Why this source is not polled, or null when it is.</summary>
    public string? DisabledReason(string name) =>
        !Enabled ? "disabled in configuration"
        : Type == SourceType.OpenAlex && string.IsNullOrWhiteSpace(ApiKey)
            ? $"OpenAlex needs an API key since 2026: set DigestBot__Sources__List__{name}__ApiKey"
        : null;
}
