namespace DigestBot.Watches;

/// <summary>
/// Every (field, term) some watch mentions, each numbered once. Percolation reads a paper's tokens against it and
/// keeps only those numbers: words no watch asks for cost one lookup and no allocation. Grows while watches are
/// compiled; read-only while papers are matched (the matcher never does both at once).
/// </summary>
internal sealed class WatchTerms
{
    private readonly Dictionary<string, Dictionary<string, int>> _byField = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public int Intern(string field, string text)
    {
        var terms = _byField.TryGetValue(field, out var known) ? known : _byField[field] = new(StringComparer.Ordinal);
        if (!terms.TryGetValue(text, out var id))
        {
            id = Count++;
            terms[text] = id;
        }

        return id;
    }

    /// <summary>The lookup for one field's tokens, or null when no watch mentions that field.</summary>
    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>? Field(string field) =>
        _byField.TryGetValue(field, out var terms) ? terms.GetAlternateLookup<ReadOnlySpan<char>>() : null;
}
