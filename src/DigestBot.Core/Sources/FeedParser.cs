using System.Xml.Linq;
using DigestBot.Papers;
using static DigestBot.Sources.XmlNames;

namespace DigestBot.Sources;

/// <summary>
/// Reads any journal or blog feed: RSS 2.0, RSS 1.0/RDF (Nature, OJS journals) and Atom, with the Dublin Core and
/// PRISM fields journals add (<c>dc:creator</c>, <c>dc:identifier</c>, <c>prism:doi</c>, <c>prism:publicationDate</c>).
/// Identity: an arXiv id in the guid, link or a DOI field; else the first DOI found (DOI fields, guid, link, then a
/// marked DOI in the body); else <see cref="FeedItemKey"/>: the guid or link, with the feed's own identity when the guid
/// is unique only inside the feed. The source name only labels the sighting (<see cref="SourceRecord.Source"/>).
/// </summary>
/// <remarks>
/// System.Xml.Linq directly rather than CodeHollow.FeedReader: the arXiv parsers need it anyway, and the fields that
/// matter here (dc:*, prism:*, rdf:about) are extension elements FeedReader would hand back as raw XML.
/// </remarks>
public static class FeedParser
{
    private const string Expected = "an RSS or Atom feed";

    /// <param name="sourceName">Written to each <see cref="SourceRecord"/>: <see cref="SourceNames.Rss"/> of the feed's name, or <see cref="SourceNames.Feed"/>.</param>
    /// <param name="fetchedFrom">The feed's address when it was fetched: its identity when the document names none.</param>
    public static ParseResult Parse(ReadOnlySpan<byte> body, string sourceName, DateTimeOffset seenAt, string? fetchedFrom = null) =>
        Parse(BodyText.Decode(body, isXml: true), sourceName, seenAt, fetchedFrom);

    public static ParseResult Parse(Stream body, string sourceName, DateTimeOffset seenAt) =>
        ParserGuard.Run(body, bytes => Parse(bytes, sourceName, seenAt));

    /// <summary>Parses text the caller has already decoded; prefer the byte overloads, which honour the XML declaration.</summary>
    public static ParseResult Parse(string text, string sourceName, DateTimeOffset seenAt, string? fetchedFrom = null) =>
        ParserGuard.Run(() => ParseText(text, string.IsNullOrWhiteSpace(sourceName) ? SourceNames.Feed : sourceName.Trim(), seenAt, fetchedFrom));

    private static ParseResult ParseText(string text, string sourceName, DateTimeOffset seenAt, string? fetchedFrom)
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
        var feed = new FeedContext(sourceName, FeedIdentity.Of(doc, fetchedFrom), seenAt);
        for (var i = 0; i < doc.Items.Count; i++)
        {
            var item = doc.Items[i];
            var position = i + 1;
            builder.Guard(position, () => AddItem(builder, item, feed, position));
        }

        return doc.Finish(builder);
    }

    private static void AddItem(ParseResultBuilder builder, XElement item, FeedContext feed, int position)
    {
        var (sourceName, seenAt) = (feed.SourceName, feed.SeenAt);
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
        var id = arxiv?.Unversioned ?? doi ?? FeedItemKey.For(feed.Identity, guid, link);
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

            // The key an older digestbot gave the item (from the source or file name), so a record stored under it
            // is found and re-keyed instead of stored twice.
            FormerKeys = id.Kind == PaperIdKind.Source && sourceKey is not null ? [PaperId.FromSource(sourceName, sourceKey).Key] : [],
        };
        builder.Add(new SourceItem { Paper = paper, RawAuthors = rawAuthors }, where);
    }

    private sealed record FeedContext(string SourceName, string? Identity, DateTimeOffset SeenAt);
}
