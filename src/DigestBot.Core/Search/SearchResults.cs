namespace DigestBot.Search;

/// <summary>
/// One page of ranked hits and how many papers match in all, how the search was answered (<see cref="Mode"/>) and in
/// which order. For <see cref="SearchMode.BestMatch"/>, <see cref="MinimumWords"/> of the query's words were required
/// and <see cref="AllWordsHits"/> papers held every one.
/// </summary>
public sealed record SearchResults(SearchRequest Request, int TotalHits, IReadOnlyList<SearchHit> Hits)
{
    public SearchMode Mode { get; init; } = SearchMode.Exact;

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Ranked by similarity in meaning: a query of <c>like:</c> and <c>about:</c> terms alone.</summary>
    public bool BySimilarity { get; init; }

    public int MinimumWords { get; init; }

    public int AllWordsHits { get; init; }

    /// <summary>What the search looked at: words only, meaning only, or both fused (see <see cref="SearchRetrieval"/>).</summary>
    public SearchRetrieval Retrieval { get; init; } = SearchRetrieval.Keyword;

    /// <summary>Of <see cref="TotalHits"/>, the papers found by meaning alone (no keyword match).</summary>
    public int ByMeaningOnly { get; init; }

    /// <summary>Papers close enough in meaning to count as matches (the rest of a semantic answer is the nearest after them).</summary>
    public int CloseInMeaning { get; init; }

    /// <summary>Papers in the index (null when not told): none means nothing is stored yet, which the reply says.</summary>
    public int? Indexed { get; init; }

    /// <summary>
    /// Papers in the index with a category, counted only when a query with a <c>cat:</c> term found nothing (null
    /// otherwise): fewer than <see cref="Indexed"/> says why it may have (<see cref="SearchReplies.CategoryHint"/>).
    /// </summary>
    public int? WithCategory { get; init; }

    /// <summary>
    /// Of a lookup of several papers by id (<see cref="QueryLanguage.SearchQuery.PaperKeys"/>) that found some, the keys
    /// no stored paper has (without <c>--since</c>; a lookup that found none says so of them all).
    /// </summary>
    public IReadOnlyList<string> NotStored { get; init; } = [];

    /// <summary>
    /// What the reply adds to <see cref="NotStored"/> when <c>paper</c> would fetch them ("; /paper X fetches it from
    /// arXiv"); set by the command, which knows where it runs (see <see cref="Papers.MissingPapers.FetchNote"/>).
    /// </summary>
    public string? NotStoredFetch { get; init; }

    /// <summary>
    /// The query as typed with the words no stored paper has replaced by the nearest words that papers do have ("did you
    /// mean"), when the words matched no paper or not all of them did; null otherwise (see <see cref="Spelling"/>).
    /// </summary>
    public string? Suggestion { get; init; }

    /// <summary>
    /// A question searched as spelled by the papers (see <see cref="SearchService.AsSpelled"/>): each word typed that no
    /// stored paper has, and the word read for it. <see cref="SearchResults.Request"/> holds the question as
    /// read. Empty for a search as typed.
    /// </summary>
    public IReadOnlyList<(string Typed, string Read)> Mended { get; init; } = [];

    /// <summary>Papers with a vector, when the search looked at meaning (of <see cref="Indexed"/>).</summary>
    public int? Embedded { get; init; }

    /// <summary>
    /// A question answered by its words alone although semantic search is on (no paper has a vector yet, the model
    /// cannot load): the clause the reply adds to say so and why. Null otherwise.
    /// </summary>
    public string? WordsOnly { get; init; }

    /// <summary>
    /// A search by words limited by <c>--since</c> that found nothing: what it finds at any date (null otherwise, and
    /// for a search by meaning alone).
    /// </summary>
    public EarlierMatches? Earlier { get; init; }
}
