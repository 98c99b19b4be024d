using System.Xml.Linq;
using DigestBot.Papers;
using static DigestBot.Sources.XmlNames;

namespace DigestBot.Sources;

/// <summary>
/// Reads any journal or blog feed: RSS 2.0, RSS 1.0/RDF (Nature, OJS journals) and Atom, with the Dublin Core and
/// PRISM fields journals add (<c>dc:creator</c>, <c>dc:identifier</c>, <c>prism:doi</c>, <c>prism:publicationDate</c>).
/// Identity: an arXiv id in the guid, link or a DOI field; else the first DOI found (DOI fields, guid, link, then a
/// marked DOI in the body); else a key from <paramref name="sourceName"/> and the guid or link.
/// </summary>
/// <remarks>
/// System.Xml.Linq directly rather than CodeHollow.FeedReader: the arXiv parsers need it anyway, and the fields that
/// matter here (dc:*, prism:*, rdf:about) are extension elements FeedReader would hand back as raw XML.
/// </remarks>
public static class FeedParser
{
    private const string Expected = "an RSS or Atom feed";

    /// <param name="sourceName">Written to each <see cref="SourceRecord"/>: <see cref="SourceNames.Rss"/> of the feed's name, or <see cref="SourceNames.Feed"/>.</param>
    public static ParseResult Parse(ReadOnlySpan<byte> body, string sourceName, DateTimeOffset seenAt) =>
        Parse(BodyText.Decode(body, isXml: true), sourceName, seenAt);

    public static ParseResult Parse(Stream body, string sourceName, DateTimeOffset seenAt) =>
        ParserGuard.Run(body, bytes => Parse(bytes, sourceName, seenAt));

    /// <summary>Parses text the caller has already decoded; prefer the byte overloads, which honour the XML declaration.</summary>
    public static ParseResult Parse(string text, string sourceName, DateTimeOffset seenAt) =>
        ParserGuard.Run(() => ParseText(text, string.IsNullOrWhiteSpace(sourceName) ? SourceNames.Feed : sourceName.Trim(), seenAt));

    private static ParseResult ParseText(string text, string sourceName, DateTimeOffset seenAt)
    {
        var doc = XmlFeedDocument.Load(text, Expected, out var error);
        if (doc is null)
        {
            return ParseResult.Failure(error!);
        }

        if (doc.Root != "rss" && doc.Root != Rdf + "RDF" && doc.Root != Atom + "feed")
        {
            return ParseResult.Failure($"not {Expected}: the root element is <{doc.Root.LocalName}>");
        }

        var builder = new ParseResultBuilder();
        for (var i = 0; i < doc.Items.Count; i++)
        {
            var item = doc.Items[i];
            var position = i + 1;
            builder.Guard(position, () => AddItem(builder, item, sourceName, position, seenAt));
        }

        return doc.Finish(builder);
    }

    private static void AddItem(ParseResultBuilder builder, XElement item, string sourceName, int position, DateTimeOffset seenAt)
    {
        var ns = item.Name.Namespace;
        var guid = FeedItemFields.Guid(item, ns);
        var link = FeedItemFields.Link(item, ns);
        var where = ParseResultBuilder.Describe(position, guid ?? link);
        var (abstractText, abstractHtml) = FeedItemFields.Abstract(item, ns);

        var identifiers = FeedItemFields.IdentifierTexts(item, ns).OfType<string>().ToList();
        var dois = identifiers.Select(DoiText.Find).OfType<PaperId>().ToList();
        var arxiv = identifiers.Select(t => PaperId.TryParse(t, out var a) && a.Kind == PaperIdKind.Arxiv ? a : null)
            .Concat(dois.Where(d => d.Kind == PaperIdKind.Arxiv))
            .FirstOrDefault(a => a is not null);
        var doi = dois.FirstOrDefault(d => d.Kind == PaperIdKind.Doi) ?? DoiText.FindMarked(abstractHtml);
        var sourceKey = guid ?? link;
        var id = arxiv?.Unversioned ?? doi ?? (sourceKey is null ? null : PaperId.FromSource(sourceName, sourceKey));
        if (id is null)
        {
            builder.Skip(where, "item has no guid, link or DOI to identify it");
            return;
        }

        if (!FeedItemFields.TryDates(item, ns, out var published, out var updated, out var problem))
        {
            builder.Skip(where, problem!);
            return;
        }

        var (authors, rawAuthors) = FeedItemFields.Authors(item, ns);
        var canonical = ArxivLinks.For(id);
        var paper = new Paper
        {
            Id = id.Key,
            Version = id.Kind == PaperIdKind.Arxiv ? arxiv?.Version ?? 0 : 0,
            Title = FeedItemFields.Title(item, ns),
            Abstract = abstractText,
            Authors = authors,
            Categories = FeedItemFields.Categories(item, ns),
            PublishedDate = published,
            Updated = updated,
            FirstSeen = seenAt,
            Dois = dois.Append(doi).Where(d => d?.Kind == PaperIdKind.Doi).Select(d => d!.Value).Distinct(StringComparer.Ordinal).ToList(),
            Links = new PaperLinks
            {
                Abs = link ?? canonical.Abs ?? (doi is null ? null : "https://doi.org/" + doi.Value),
                Pdf = FeedItemFields.PdfLink(item, ns) ?? canonical.Pdf,
            },
            Sources = [new SourceRecord(sourceName, sourceKey ?? id.Key, seenAt)],
        };
        builder.Add(new SourceItem { Paper = paper, RawAuthors = rawAuthors }, where);
    }
}
