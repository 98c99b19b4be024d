using System.Globalization;
using DigestBot.Papers;
using Lucene.Net.Documents;

namespace DigestBot.Search;

/// <summary>A paper as a Lucene document, and a search hit read back from the stored fields.</summary>
internal static class PaperDocument
{
    // Feeds put free text in categories; a single keyword term over Lucene's 32 KiB limit would fail the whole
    // batch at every retry, and nobody searches for a category that long.
    private const int MaxKeywordLength = 200;

    /// <summary>A new document for <paramref name="paper"/> (a <see cref="Builder"/> reuses one across papers).</summary>
    public static Document Build(Paper paper) => new Builder().Fill(paper);

    /// <summary>
    /// Fills one document again for each paper, reusing its fields: a field keeps its token stream across
    /// documents, where a new field builds one (and its attributes, by reflection and under a lock) per value.
    /// One builder per thread; the document is valid until the next <see cref="Fill"/>.
    /// </summary>
    public sealed class Builder
    {
        private readonly Document _document = [];
        private readonly StringField _id = new(IndexFields.Id, string.Empty, Field.Store.YES);
        private readonly TextField _title = new(IndexFields.Title, string.Empty, Field.Store.YES);
        private readonly TextField _abstract = new(IndexFields.Abstract, string.Empty, Field.Store.YES);
        private readonly Int64Field _published = new(IndexFields.Published, 0, Field.Store.NO);

        // The same date as a column, for sorting by date and breaking equal scores (read without uninverting the trie terms).
        private readonly NumericDocValuesField _publishedOrder = new(IndexFields.Published, 0);
        private readonly StoredField _version = new(IndexFields.Version, 0);
        private readonly StoredField _publishedAt = new(IndexFields.PublishedAt, 0L);
        private readonly StoredField _publishedPrecision = new(IndexFields.PublishedPrecision, 0);
        private readonly StoredField _url = new(IndexFields.Url, string.Empty);
        private readonly List<Field> _keys = [];
        private readonly List<Field> _authors = [];
        private readonly List<Field> _categories = [];
        private readonly List<Field> _categoryTerms = [];
        private readonly List<Field> _sources = [];

        public Document Fill(Paper paper)
        {
            _document.Fields.Clear();
            _id.SetStringValue(paper.Id);
            _title.SetStringValue(paper.Title);
            _abstract.SetStringValue(paper.Abstract);
            _published.SetInt64Value(DateValue(paper));
            _publishedOrder.SetInt64Value(DateValue(paper));
            _version.SetInt32Value(paper.Version);
            _document.Add(_id);
            _document.Add(_title);
            _document.Add(_abstract);
            _document.Add(_published);
            _document.Add(_publishedOrder);
            _document.Add(_version);
            AddAll(_keys, Keys(paper), v => new StringField(IndexFields.Key, v, Field.Store.NO));
            AddAll(_authors, paper.Authors.Select(a => a.Name), v => new TextField(IndexFields.Authors, v, Field.Store.YES));
            AddAll(_categories, paper.Categories, v => new StoredField(IndexFields.Categories, v));
            AddAll(_categoryTerms, CategoryTerms(paper.Categories), v => new StringField(IndexFields.Category, v, Field.Store.NO));
            AddAll(_sources, paper.Sources.Select(s => s.Source).Distinct(StringComparer.Ordinal), v => new StringField(IndexFields.Source, v, Field.Store.NO));
            if (paper.PublishedDate is { } date)
            {
                _publishedAt.SetInt64Value(date.Start.UtcTicks);
                _publishedPrecision.SetInt32Value((int)date.Precision);
                _document.Add(_publishedAt);
                _document.Add(_publishedPrecision);
            }

            if (Url(paper) is { } url)
            {
                _url.SetStringValue(url);
                _document.Add(_url);
            }

            return _document;
        }

        /// <summary>Adds one field per value, reusing the fields of earlier documents and making more when needed.</summary>
        private void AddAll(List<Field> pool, IEnumerable<string> values, Func<string, Field> create)
        {
            var used = 0;
            foreach (var value in values)
            {
                if (used == pool.Count)
                {
                    pool.Add(create(value));
                }
                else
                {
                    pool[used].SetStringValue(value);
                }

                _document.Add(pool[used++]);
            }
        }
    }

    /// <summary>
    /// The <c>doi:</c> keys a paper's document replaces. A paper first stored under its DOI and later re-keyed to its
    /// arXiv id keeps that DOI in <see cref="Paper.Dois"/> (every source lists the DOI it keys a paper by), so deleting
    /// these removes the document of the old key; no other paper's document has such an id.
    /// </summary>
    public static IEnumerable<string> FormerKeys(Paper paper) =>
        Keys(paper).Where(k => k != paper.Id);

    /// <summary>
    /// The date a paper counts by in <c>--since</c> windows (and date order): the last instant its date may stand for,
    /// so a year-only date is inside a window that reaches into its year and no other; <see cref="long.MinValue"/> for a
    /// paper without a date, which is in no window and sorts after every dated paper. Never the day it was stored.
    /// </summary>
    public static long DateValue(Paper paper) => paper.PublishedDate?.Latest.ToUnixTimeSeconds() ?? long.MinValue;

    public static SearchHit ToHit(Document document, float score, string snippet)
    {
        var ticks = document.GetField(IndexFields.PublishedAt)?.GetInt64Value();
        var precision = document.GetField(IndexFields.PublishedPrecision)?.GetInt32Value();
        return new SearchHit(
            document.Get(IndexFields.Id, CultureInfo.InvariantCulture),
            document.Get(IndexFields.Title, CultureInfo.InvariantCulture) ?? string.Empty,
            document.GetValues(IndexFields.Authors, CultureInfo.InvariantCulture),
            ticks is { } t ? new DateTimeOffset(t, TimeSpan.Zero) : null,
            ticks is null ? null : (DatePrecision)(precision ?? 0),
            // An index built before arXiv links had one form shows them in it too, without a rebuild.
            Sources.ArxivLinks.Canonical(document.Get(IndexFields.Url, CultureInfo.InvariantCulture)),
            Math.Round(score, 4),
            snippet)
        {
            Version = document.GetField(IndexFields.Version)?.GetInt32Value() ?? 0,
            Categories = document.GetValues(IndexFields.Categories, CultureInfo.InvariantCulture),
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

    /// <summary>The link a hit carries (<c>url</c> in <c>search --json</c>), also for the papers of <c>digest --dry-run --json</c>.</summary>
    internal static string? Url(Paper paper) =>
        paper.Links.Abs ?? paper.Links.Hf ?? paper.Links.Pdf
        ?? (paper.ParsedId() is { Kind: PaperIdKind.Doi } doi ? "https://doi.org/" + doi.Value : null);
}
