using DigestBot.QueryLanguage;

namespace DigestBot.Search;

/// <summary>A page of results for a query: <see cref="Limit"/> hits after the first <see cref="Offset"/>, optionally only recent papers.</summary>
public sealed record SearchRequest(SearchQuery Query)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;
    public const int MaxOffset = 10_000;

    /// <summary>Only papers published at or after this instant.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only papers published before this instant (a window that ends: <c>agents in 2025</c>, <c>from 2020 to 2023</c>, <c>before 2018</c>).</summary>
    public DateTimeOffset? Until { get; init; }

    public int Offset { get; init; }

    public int Limit { get; init; } = DefaultLimit;

    /// <summary>The order asked for; null lets the query decide (newest first when nothing in it is ranked).</summary>
    public SearchSort? Sort { get; init; }

    /// <summary>
    /// The semantic side, when the search looks at meaning (<see cref="Retrieval"/> semantic or hybrid); null for a
    /// keyword search.
    /// </summary>
    public SearchMeaning? Meaning { get; init; }

    /// <summary>
    /// For a query with <c>like:</c> or <c>about:</c> terms: the papers each such term finds (those close enough in
    /// meaning), looked up before the search; a semantic term missing here matches nothing.
    /// </summary>
    public IReadOnlyDictionary<TermNode, IReadOnlySet<string>>? SemanticMatches { get; init; }

    /// <summary>
    /// For a query with <c>like:</c> or <c>about:</c> terms: each paper they find and its similarity to them as the
    /// query joins them (a term: its closest seed; AND: the farthest of its parts; OR: the closest). A query of such
    /// terms alone is ranked by it, as <c>similar</c> is.
    /// </summary>
    public IReadOnlyDictionary<string, float>? SemanticSimilarity { get; init; }

    /// <summary>Words, meaning or both; anything but <see cref="SearchRetrieval.Keyword"/> needs <see cref="Meaning"/>.</summary>
    public SearchRetrieval Retrieval { get; init; } = SearchRetrieval.Keyword;

    /// <summary>
    /// The spelling <see cref="SearchService.AsSpelled"/> already looked up for this query (its "did you mean", or null
    /// when no word needs mending): the search says it rather than looking again. Null when not looked up.
    /// </summary>
    internal SpellingChecked? Spelling { get; init; }
}

/// <summary>What a look-up of a query's spelling found: the query mended, or null when no word needs it.</summary>
internal sealed record SpellingChecked(string? Suggestion);
