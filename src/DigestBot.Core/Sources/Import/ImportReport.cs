namespace DigestBot.Sources;

/// <summary>What importing one file or URL did: counts, the skipped items with reasons, or why nothing could be read.</summary>
public sealed record ImportReport(string Input, SourceFormat Format, IngestCounts Counts, IReadOnlyList<ParseIssue> Skipped, string? Error)
{
    public bool Unreadable => Error is not null;

    /// <summary>The service asked for one paper answered that it has none (not that it could not be asked).</summary>
    public bool NotFound { get; init; }

    public static ImportReport Failed(string input, SourceFormat format, string error) => new(input, format, IngestCounts.Zero, [], error);
}

/// <summary>
/// One paper asked of <paramref name="Service"/> (<c>arXiv</c>, <c>OpenAlex</c>, <c>Semantic Scholar</c>) by
/// <see cref="ImportService.FetchAllAsync"/>.
/// </summary>
public sealed record PaperFetch(string Service, ImportReport Report);
