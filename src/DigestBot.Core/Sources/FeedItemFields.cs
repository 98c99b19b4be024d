using System.Xml.Linq;
using DigestBot.Papers;
using static DigestBot.Sources.XmlNames;

namespace DigestBot.Sources;

/// <summary>
/// Reads the fields of one journal-feed item whatever its dialect: RSS 2.0 (no namespace), RSS 1.0/RDF and Atom,
/// each with the Dublin Core and PRISM elements journals add. <c>ns</c> is the item's own namespace.
/// </summary>
internal static class FeedItemFields
{
    /// <summary>The date elements we read, most specific first; the first present one is the publication date.</summary>
    private static readonly (string Field, Func<XElement, XNamespace, XElement?> Find)[] DateFields =
    [
        ("prism:publicationDate", (item, _) => item.PrismChild("publicationDate")),
        ("dc:date", (item, _) => item.Element(Dc + "date")),
        ("pubDate", (item, ns) => item.Element(ns + "pubDate")),
        ("published", (item, ns) => item.Element(ns + "published")),
        ("dcterms:issued", (item, _) => item.Element(DcTerms + "issued")),
        ("updated", (item, ns) => item.Element(ns + "updated")),
    ];

    public static string? Guid(XElement item, XNamespace ns) => item.Element(ns + "guid").Text() ?? (ns == Atom ? item.Element(Atom + "id").Text() : null);

    /// <summary>The item's page: RSS <c>link</c>, Atom's alternate link, or RDF's <c>rdf:about</c>.</summary>
    public static string? Link(XElement item, XNamespace ns) =>
        ns == Atom
            ? item.Elements(Atom + "link").FirstOrDefault(l => l.Attr("rel") is null or "alternate").Attr("href")
            : item.Element(ns + "link").Text() ?? item.Attribute(Rdf + "about")?.Value;

    public static string? PdfLink(XElement item, XNamespace ns) =>
        item.Elements(ns + (ns == Atom ? "link" : "enclosure"))
            .FirstOrDefault(l => l.Attr("type") == "application/pdf")
            is { } pdf ? pdf.Attr("href") ?? pdf.Attr("url") : null;

    /// <summary>Every place a DOI may sit, explicit DOI fields first.</summary>
    public static IEnumerable<string?> IdentifierTexts(XElement item, XNamespace ns) =>
        new[] { item.PrismChild("doi").Text() }
            .Concat(item.Elements(Dc + "identifier").Select(e => e.Text()))
            .Append(item.Element(ns + "guid").Text())
            .Append(item.Element(Atom + "id").Text())
            .Append(Link(item, ns));

    public static string Title(XElement item, XNamespace ns) =>
        HtmlText.ToPlain(item.Element(ns + "title")?.Value ?? item.Element(Dc + "title")?.Value);

    /// <summary>The summary when there is one, else the full content; HTML reduced to text.</summary>
    public static (string Text, string? Html) Abstract(XElement item, XNamespace ns)
    {
        var html = new[]
        {
            item.Element(ns + (ns == Atom ? "summary" : "description")),
            item.Element(Dc + "description"),
            item.Element(Content + "encoded"),
            item.Element(Atom + "content"),
        }.Select(e => e?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        return (HtmlText.ToPlain(html), html);
    }

    /// <summary>Authors, and the raw string when one <c>dc:creator</c> held them all.</summary>
    public static (IReadOnlyList<Author> Authors, string? Raw) Authors(XElement item, XNamespace ns)
    {
        var creators = item.Elements(Dc + "creator").Select(e => HtmlText.ToPlain(e.Value)).Where(s => s.Length > 0).ToList();
        if (creators.Count == 1)
        {
            return (CreatorList.Parse(creators[0], CreatorList.FeedSeparators), creators[0]);
        }

        if (creators.Count > 1)
        {
            return (creators.Select(CreatorList.ParseOne).OfType<Author>().ToList(), null);
        }

        var atom = item.Elements(Atom + "author").Select(a => a.Element(Atom + "name").Text()).OfType<string>().ToList();
        var rss = item.Elements(ns + "author").Select(a => RssAuthorName(a.Value)).OfType<string>();
        return (atom.Concat(ns == Atom ? [] : rss).Select(n => new Author(n)).ToList(), null);
    }

    public static List<string> Categories(XElement item, XNamespace ns) =>
        item.Elements(ns + "category").Select(c => c.Attr("term") ?? c.Text())
            .Concat(item.Elements(Dc + "subject").Select(s => s.Text()))
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>
    /// The publication and update dates; false with a reason naming the element when any date element present is
    /// unreadable (a feed that writes garbage there cannot be trusted for freshness).
    /// </summary>
    public static bool TryDates(XElement item, XNamespace ns, out PaperDate? published, out DateTimeOffset? updated, out string? problem)
    {
        published = null;
        updated = null;
        problem = null;
        foreach (var (field, find) in DateFields)
        {
            if (!FeedDates.TryOptionalDate(find(item, ns)?.Value, field, out var value, out problem))
            {
                return false;
            }

            published ??= value;
            updated = field == "updated" && ns == Atom ? value?.Start : updated;
        }

        return true;
    }

    /// <summary>RSS <c>author</c> is "email (Name)", "Name &lt;email&gt;", a name, or only an email.</summary>
    private static string? RssAuthorName(string text)
    {
        var s = SourceText.Collapse(text) ?? string.Empty;
        var open = s.IndexOf('(', StringComparison.Ordinal);
        if (open >= 0 && s.EndsWith(')'))
        {
            return SourceText.NullIfBlank(s[(open + 1)..^1]);
        }

        var angle = s.IndexOf('<', StringComparison.Ordinal);
        var name = angle > 0 ? s[..angle].Trim() : s;
        return name.Contains('@', StringComparison.Ordinal) || name.Length == 0 ? null : name;
    }
}
