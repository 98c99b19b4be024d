using System.Globalization;

namespace DigestBot.Sources;

/// <summary>Hugging Face Daily Papers for the current UTC day (the page fills up during the day, so poll often).</summary>
public sealed class HfDailySource(SourceHttp http) : IPaperSource
{
    public const string DefaultBaseUrl = "https://huggingface.co";

    public SourceType Type => SourceType.HfDaily;

    public async Task<SourcePoll> PollAsync(SourceContext context, CancellationToken cancellationToken)
    {
        var day = context.Now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var url = new Uri($"{(context.Config.Url ?? DefaultBaseUrl).TrimEnd('/')}/api/daily_papers?date={day}&limit={context.Config.PageSize}");
        var headers = context.Config.ApiKey is { Length: > 0 } key ? new Dictionary<string, string> { ["Authorization"] = $"Bearer {key}" } : null;

        // Validators belong to one day's URL; yesterday's ETag would only ever miss.
        var validators = context.State.Cursor == day ? context.State : null;
        var document = await http.GetAsync(url, validators, headers, acceptErrorBody: false, cancellationToken);
        return document.NotModified
            ? SourcePoll.Unchanged with { Cursor = day }
            : SourcePoll.From(document, HfDailyPapersParser.Parse(document.Body, context.Now)) with { Cursor = day };
    }
}
