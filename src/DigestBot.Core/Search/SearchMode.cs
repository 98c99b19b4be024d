namespace DigestBot.Search;

/// <summary>How a search was answered, said in every reply (and as <c>mode</c> in <c>search --json</c>).</summary>
public enum SearchMode
{
    /// <summary>A query with operators, fields, quotes or wildcards, matched exactly as written (<c>exact</c>).</summary>
    Exact,

    /// <summary>Free text, every content word required: it gave at least a page of results (<c>all-words</c>).</summary>
    AllWords,

    /// <summary>Free text with too few papers holding every word: the closest, most words matched first (<c>best-match</c>).</summary>
    BestMatch,
}
