using System.Text.Json.Serialization;

namespace DigestBot.Sources;

/// <summary>One source as <c>sources</c> and <c>status</c> report it (JSON field order is this order).</summary>
public sealed record SourceStatus(
    string Name,
    string Type,
    bool Polled,
    string? NotPolledBecause,
    string Schedule,
    string TimeZone,
    DateTimeOffset? LastAttempt,
    DateTimeOffset? LastSuccess,
    string? LastError,
    long ItemsSeen)
{
    /// <summary>New papers the last successful poll stored; null before the first.</summary>
    public int? LastPollNew { get; init; }

    /// <summary>When the current run of failures began; null while the source is healthy.</summary>
    public DateTimeOffset? FailingSince { get; init; }

    /// <summary>The arXiv categories it asks for (listing and API sources); empty otherwise.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The search text it asks for (OpenAlex, Semantic Scholar); null otherwise.</summary>
    public string? Query { get; init; }

    /// <summary>
    /// The feed's address, or the server a public service is read from instead: scheme, host and path only — a query
    /// string (where private feeds keep their keys) shows as <c>?…</c> and credentials never show.
    /// </summary>
    public string? Url { get; init; }

    /// <summary>When its schedule next polls it (the cron in its time zone), as UTC; null when it is not polled.</summary>
    public DateTimeOffset? NextPoll { get; init; }

    /// <summary>What the source polls, in words: "arXiv listing of cs.LG, cs.CL", "feed https://…", "OpenAlex works matching "…"".</summary>
    [JsonIgnore]
    public string Polls => Type switch
    {
        nameof(SourceType.ArxivListing) => $"arXiv listing of {Joined(Categories)}",
        nameof(SourceType.ArxivApi) => $"arXiv API, new submissions in {Joined(Categories)}",
        nameof(SourceType.HfDaily) => "Hugging Face Daily Papers",
        nameof(SourceType.Feed) => $"feed {Url ?? "(no URL set)"}",
        nameof(SourceType.OpenAlex) => $"OpenAlex works matching \"{Query}\"",
        nameof(SourceType.SemanticScholar) => $"Semantic Scholar papers matching \"{Query}\"",
        _ => Type,
    } + (Type != nameof(SourceType.Feed) && Url is { } server ? $", from {server}" : string.Empty);

    private static string Joined(IReadOnlyList<string> categories) => categories.Count == 0 ? "(no categories set)" : string.Join(", ", categories);

    /// <summary>An address as <see cref="Url"/> shows it.</summary>
    public static string? Shown(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.IsFile)
        {
            return "(not a web address)";
        }

        var port = uri.IsDefaultPort ? string.Empty : $":{uri.Port}";
        return $"{uri.Scheme}://{uri.Host}{port}{uri.AbsolutePath}{(uri.Query.Length > 1 ? "?…" : string.Empty)}";
    }
}
