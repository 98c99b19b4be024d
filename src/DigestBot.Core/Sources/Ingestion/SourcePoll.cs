namespace DigestBot.Sources;

/// <summary>
/// What one poll fetched: the parsed pages (a paged API gives several), or <see cref="NotModified"/>; plus the
/// validators and cursor to remember for the next poll.
/// </summary>
public sealed record SourcePoll(IReadOnlyList<ParseResult> Pages)
{
    public static SourcePoll Unchanged { get; } = new([]) { NotModified = true };

    public bool NotModified { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public string? Cursor { get; init; }

    public static SourcePoll From(FetchedDocument document, ParseResult page) => new([page])
    {
        ETag = document.ETag,
        LastModified = document.LastModified,
    };
}
