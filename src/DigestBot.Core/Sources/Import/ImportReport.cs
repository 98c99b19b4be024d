namespace DigestBot.Sources;

/// <summary>What importing one file or URL did: counts, the skipped items with reasons, or why nothing could be read.</summary>
public sealed record ImportReport(string Input, SourceFormat Format, IngestCounts Counts, IReadOnlyList<ParseIssue> Skipped, string? Error)
{
    public bool Unreadable => Error is not null;

    public static ImportReport Failed(string input, SourceFormat format, string error) => new(input, format, IngestCounts.Zero, [], error);
}
