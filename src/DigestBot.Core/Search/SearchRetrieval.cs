namespace DigestBot.Search;

/// <summary>What a search looks at (<c>search --mode keyword|semantic|hybrid</c>): the words, the meaning, or both fused.</summary>
public enum SearchRetrieval
{
    /// <summary>Words only, as the query language reads them.</summary>
    Keyword,

    /// <summary>Meaning only: the papers whose vectors are closest to the question's.</summary>
    Semantic,

    /// <summary>Both: the keyword ranking and the semantic one fused (free text's default when papers have vectors).</summary>
    Hybrid,
}
