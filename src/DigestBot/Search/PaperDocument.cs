using DigestBot.Papers;
using Lucene.Net.Documents;

namespace DigestBot.Search;

/// <summary>A paper as a Lucene document, and a search hit read back from the stored fields.</summary>
internal static class PaperDocument
{
    // Feeds put free text in categories; a single keyword term over Lucene's 32 KiB limit would fail the whole
    // batch at every retry, and nobody searches for a category that long.
    private const int MaxKeywordLength = 200;

    public static Document Build(Paper paper)
    {
        var published = paper.Published ?? paper.FirstSeen;
        var document = new Document
        {
            new StringField(IndexFields.Id, paper.Id, Field.Store.YES),
            new TextField(IndexFields.Title, paper.Title, Field.Store.YES),
            new TextField(IndexFields.Abstract, paper.Abstract, Field.Store.YES),
            new Int64Field(IndexFields.Published, published.ToUnixTimeSeconds(), Field.Store.NO),
            new Int64Field(IndexFields.FirstSeen, paper.FirstSeen.ToUnixTimeSeconds(), Field.Store.NO),
            new StoredField(IndexFields.Version, paper.Version),
        };

        foreach (var key in Keys(paper))
        {
            document.Add(new StringField(IndexFields.Key, key, Field.Store.NO));
        }

        foreach (var author in paper.Authors)
        {
            document.Add(new TextField(IndexFields.Authors, author.Name, Field.Store.YES));
        }

        foreach (var category in paper.Categories)
        {
            document.Add(new StoredField(IndexFields.Categories, category));
        }

        foreach (var term in CategoryTerms(paper.Categories))
        {
            document.Add(new StringField(IndexFields.Category, term, Field.Store.NO));
        }

        foreach (var source in paper.Sources.Select(s => s.Source).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(IndexFields.Source, source, Field.Store.NO));
        }

        if (paper.Published is { } date)
        {
            document.Add(new StoredField(IndexFields.PublishedAt, date.UtcTicks));
        }

        if (Url(paper) is { } url)
        {
            document.Add(new StoredField(IndexFields.Url, url));
        }

        return document;
    }

    /// <summary>
    /// The <c>doi:</c> keys a paper's document replaces. A paper first stored under its DOI and later re-keyed to its
    /// arXiv id keeps that DOI in <see cref="Paper.Dois"/> (every source lists the DOI it keys a paper by), so deleting
    /// these removes the document of the old key; no other paper's document has such an id.
    /// </summary>
    public static IEnumerable<string> FormerKeys(Paper paper) =>
        Keys(paper).Where(k => k != paper.Id);

    public static SearchHit ToHit(Document document, float score, string snippet)
    {
        var ticks = document.GetField(IndexFields.PublishedAt)?.GetInt64Value();
        return new SearchHit(
            document.Get(IndexFields.Id),
            document.Get(IndexFields.Title) ?? string.Empty,
            document.GetValues(IndexFields.Authors),
            ticks is { } t ? new DateTimeOffset(t, TimeSpan.Zero) : null,
            document.Get(IndexFields.Url),
            Math.Round(score, 4),
            snippet)
        {
            Version = document.GetField(IndexFields.Version)?.GetInt32Value() ?? 0,
            Categories = document.GetValues(IndexFields.Categories),
        };
    }

    private static IEnumerable<string> Keys(Paper paper) =>
        paper.Dois
            .Select(d => PaperId.TryParseDoi(d, out var id) ? id.Key : null)
            .OfType<string>()
            .Prepend(paper.Id)
            .Distinct(StringComparer.Ordinal);

    /// <summary>Each category and its archive, lower case: <c>cs.LG</c> gives <c>cs.lg</c> and <c>cs</c>.</summary>
    private static IEnumerable<string> CategoryTerms(IEnumerable<string> categories) =>
        categories
            .Select(c => c.Trim().ToLowerInvariant())
            .Where(c => c.Length is > 0 and <= MaxKeywordLength)
            .SelectMany(c => c.IndexOf('.') is > 0 and var dot ? [c, c[..dot]] : new[] { c })
            .Distinct(StringComparer.Ordinal);

    private static string? Url(Paper paper) =>
        paper.Links.Abs ?? paper.Links.Hf ?? paper.Links.Pdf
        ?? (paper.ParsedId() is { Kind: PaperIdKind.Doi } doi ? "https://doi.org/" + doi.Value : null);
}
