namespace DigestBot.Search;

/// <summary>The Lucene field names of a paper document (see <see cref="PaperDocument"/>).</summary>
internal static class IndexFields
{
    /// <summary>The paper's key, stored; the term documents are updated and deleted by.</summary>
    public const string Id = "id";

    /// <summary>Every key the paper is found by (its id and <c>doi:</c> keys), for <c>id:</c>.</summary>
    public const string Key = "key";

    public const string Title = "title";
    public const string Abstract = "abstract";

    /// <summary>One value per author, in paper order.</summary>
    public const string Authors = "authors";

    /// <summary>Lower-case categories and their archives (<c>cs.lg</c>, <c>cs</c>), one token each.</summary>
    public const string Category = "cat";

    /// <summary>The categories as the source spelt them, stored only.</summary>
    public const string Categories = "categories";

    /// <summary>
    /// Unix seconds of the published date (first seen when the source gave none): indexed for date windows, and a
    /// doc-values column of the same name for date order.
    /// </summary>
    public const string Published = "published";

    /// <summary>UTC ticks of the published date, stored only, absent when unknown.</summary>
    public const string PublishedAt = "published_at";

    /// <summary>The published date's <see cref="Papers.DatePrecision"/> as a number, stored only, absent when unknown.</summary>
    public const string PublishedPrecision = "published_precision";

    public const string Source = "source";
    public const string Url = "url";
    public const string Version = "version";
}
