namespace DigestBot.Benchmarks;

/// <summary>
/// One query of the benchmark in DigestBot's language and the same query in SQLite FTS5's MATCH syntax, with its date
/// window, and the lower-case substrings the naive scans look for instead (all of them, any with <see cref="ScanAny"/>,
/// none of <see cref="ScanNot"/>): they neither stem nor rank, which is what makes them naive.
/// </summary>
internal sealed record BenchQuery(string Kind, string Query, string Fts5)
{
    public DateTimeOffset? Since { get; init; }

    public IReadOnlyList<string> Scan { get; init; } = [];

    public bool ScanAny { get; init; }

    public string? ScanNot { get; init; }

    /// <summary>Whether a paper's lower-cased text (title, abstract, authors, categories) answers the scan.</summary>
    public bool ScanMatches(string text, DateTimeOffset? published) =>
        (Since is null || published >= Since)
        && (ScanAny ? Scan.Any(t => text.Contains(t, StringComparison.Ordinal)) : Scan.All(t => text.Contains(t, StringComparison.Ordinal)))
        && (ScanNot is null || !text.Contains(ScanNot, StringComparison.Ordinal));
}
