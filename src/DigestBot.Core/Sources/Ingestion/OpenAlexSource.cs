using System.Globalization;

namespace DigestBot.Sources;

/// <summary>OpenAlex works matching a search, published since the freshness window; needs an API key (2026 terms).</summary>
public sealed class OpenAlexSource(SourceHttp http) : IPaperSource
{
    public const string DefaultBaseUrl = "https://api.openalex.org";

    public SourceType Type => SourceType.OpenAlex;

    /// <summary>The API address of <paramref name="config"/> (a mirror, tests), else OpenAlex's; also where <c>import</c> asks for one work.</summary>
    public static string Api(SourceConfig? config) => (string.IsNullOrWhiteSpace(config?.Url) ? DefaultBaseUrl : config.Url).TrimEnd('/');

    public async Task<SourcePoll> PollAsync(SourceContext context, CancellationToken cancellationToken)
    {
        var config = context.Config;
        var since = (context.Now - context.Freshness).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var url = new Uri($"{Api(config)}/works?search={Uri.EscapeDataString(config.Query!)}"
            + $"&filter=from_publication_date:{since}&sort=publication_date:desc&per_page={Math.Min(config.PageSize, 200)}"
            + $"&api_key={Uri.EscapeDataString(config.ApiKey ?? string.Empty)}");
        var document = await http.GetAsync(url, validators: null, headers: null, acceptErrorBody: false, cancellationToken);
        return SourcePoll.From(document, OpenAlexParser.Parse(document.Body, context.Now));
    }
}
