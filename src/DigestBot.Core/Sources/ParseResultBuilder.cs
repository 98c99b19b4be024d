namespace DigestBot.Sources;

/// <summary>
/// Collects one document's items: runs <see cref="ItemChecks"/>, drops duplicates within the document (the first
/// occurrence wins) and records every skip and trim with the item it concerns.
/// </summary>
internal sealed class ParseResultBuilder
{
    private readonly List<SourceItem> _items = [];
    private readonly List<ParseIssue> _skipped = [];
    private readonly List<ParseIssue> _warnings = [];
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

    public int? TotalResults { get; set; }

    public int? StartIndex { get; set; }

    public int? NextOffset { get; set; }

    public string? NextCursor { get; set; }

    public int ItemCount => _items.Count;

    /// <summary>How an item is named in issues: its id when known, always its 1-based position.</summary>
    public static string Describe(int position, string? id) =>
        string.IsNullOrWhiteSpace(id) ? $"item {position}" : $"{SourceText.Shorten(id.Trim(), 80)} (item {position})";

    public void Skip(string item, string reason) => _skipped.Add(new ParseIssue(SourceText.OneLine(item), SourceText.OneLine(reason)));

    public void Warn(string item, string reason) => _warnings.Add(new ParseIssue(SourceText.OneLine(item), SourceText.OneLine(reason)));

    public void Add(SourceItem item, string describedAs)
    {
        var warnings = new List<string>();
        var checkedItem = ItemChecks.Check(item, warnings, out var reason);
        if (checkedItem is null)
        {
            Skip(describedAs, reason!);
            return;
        }

        if (_seen.TryGetValue(checkedItem.Paper.Id, out var first))
        {
            Skip(describedAs, $"duplicate of {first} (same paper {checkedItem.Paper.Id})");
            return;
        }

        _seen.Add(checkedItem.Paper.Id, describedAs);
        _items.Add(checkedItem);
        foreach (var w in warnings)
        {
            Warn(describedAs, w);
        }
    }

    /// <summary>Runs one item's parsing so that a surprise in one item skips that item, not the document.</summary>
    public void Guard(int position, Action parse)
    {
        try
        {
            parse();
        }
        catch (Exception e) when (ParserGuard.IsRecoverable(e))
        {
            Skip(Describe(position, null), $"could not be read ({ExceptionText.OneLine(e)})");
        }
    }

    public ParseResult Build() => new()
    {
        Items = _items,
        Skipped = _skipped,
        Warnings = _warnings,
        TotalResults = TotalResults,
        StartIndex = StartIndex,
        NextOffset = NextOffset,
        NextCursor = NextCursor,
    };
}
