namespace DigestBot.Sources;

/// <summary>
/// What a parser made of one document. A readable document gives its <see cref="Items"/>, with each item it had to
/// leave out in <see cref="Skipped"/>; an unreadable one (not XML/JSON, an HTML error page, an arXiv error entry)
/// gives <see cref="Error"/> and no items. Parsers never throw for bad input.
/// </summary>
public sealed record ParseResult
{
    public IReadOnlyList<SourceItem> Items { get; init; } = [];

    /// <summary>Items left out, each with the reason (bad date, missing title, duplicate, truncated document…).</summary>
    public IReadOnlyList<ParseIssue> Skipped { get; init; } = [];

    /// <summary>Items kept but changed (an over-long abstract trimmed, an implausible author dropped).</summary>
    public IReadOnlyList<ParseIssue> Warnings { get; init; } = [];

    /// <summary>Why nothing could be read from the document; null when it was read.</summary>
    public string? Error { get; init; }

    /// <summary>Size of the whole result set, for paging (arXiv <c>totalResults</c>, OpenAlex <c>meta.count</c>, S2 <c>total</c>).</summary>
    public int? TotalResults { get; init; }

    /// <summary>Where this page starts in the result set (arXiv <c>startIndex</c>, S2 <c>offset</c>).</summary>
    public int? StartIndex { get; init; }

    /// <summary>The offset of the next page when the source says (S2 <c>next</c>).</summary>
    public int? NextOffset { get; init; }

    /// <summary>The continuation token of the next page when the source uses one (OpenAlex <c>next_cursor</c>, S2 bulk <c>token</c>).</summary>
    public string? NextCursor { get; init; }

    public bool Failed => Error is not null;

    public static ParseResult Failure(string error) => new() { Error = SourceText.OneLine(error) };
}
