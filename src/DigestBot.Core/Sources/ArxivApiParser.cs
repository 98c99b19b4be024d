using System.Globalization;
using System.Xml.Linq;
using DigestBot.Papers;
using static DigestBot.Sources.XmlNames;

namespace DigestBot.Sources;

/// <summary>
/// Reads an arXiv API response (<c>export.arxiv.org/api/query</c>), classic or 2026 format, by namespace and local
/// name only: child order, prefixes and namespace declaration places differ between the two. An error entry
/// (<c>…/api/errors#…</c>) becomes <see cref="ParseResult.Error"/>; zero entries is a valid, empty result.
/// </summary>
public static class ArxivApiParser
{
    private const string Expected = "an arXiv API Atom feed";

    /// <summary>Parses the body's bytes, decoded as UTF-8 (the API always sends UTF-8).</summary>
    public static ParseResult Parse(ReadOnlySpan<byte> body, DateTimeOffset seenAt) => Parse(BodyText.Decode(body, isXml: true), seenAt);

    public static ParseResult Parse(Stream body, DateTimeOffset seenAt) => ParserGuard.Run(body, bytes => Parse(bytes, seenAt));

    /// <summary>Parses text the caller has already decoded; decode it from the bytes as UTF-8, never by guessing.</summary>
    public static ParseResult Parse(string text, DateTimeOffset seenAt) => ParserGuard.Run(() => ParseText(text, seenAt));

    private static ParseResult ParseText(string text, DateTimeOffset seenAt)
    {
        var doc = XmlFeedDocument.Load(text, Expected, out var error);
        if (doc is null)
        {
            return ParseResult.Failure(error!);
        }

        if (doc.Root != Atom + "feed")
        {
            return ParseResult.Failure($"not {Expected}: the root element is <{doc.Root.LocalName}>");
        }

        var builder = new ParseResultBuilder
        {
            TotalResults = FeedInt(doc, "totalResults"),
            StartIndex = FeedInt(doc, "startIndex"),
        };

        for (var i = 0; i < doc.Items.Count; i++)
        {
            var entry = doc.Items[i];
            if (entry.Element(Atom + "id").Text() is { } id && id.Contains("/api/errors", StringComparison.Ordinal))
            {
                var message = entry.Element(Atom + "summary").Text() ?? id;
                return ParseResult.Failure("arXiv API error: " + message);
            }

            var position = i + 1;
            builder.Guard(position, () => AddEntry(builder, entry, position, seenAt));
        }

        return doc.Finish(builder);
    }

    private static void AddEntry(ParseResultBuilder builder, XElement entry, int position, DateTimeOffset seenAt)
    {
        var rawId = entry.Element(Atom + "id").Text();
        var where = ParseResultBuilder.Describe(position, rawId);
        if (!PaperId.TryParse(rawId, out var id) || id.Kind != PaperIdKind.Arxiv)
        {
            builder.Skip(where, $"entry id {SourceText.Quote(rawId)} is not an arXiv id");
            return;
        }

        if (!FeedDates.TryOptional(entry.Element(Atom + "published").Text(), "published", out var published, out var problem)
            || !FeedDates.TryOptional(entry.Element(Atom + "updated").Text(), "updated", out var updated, out problem))
        {
            builder.Skip(where, problem!);
            return;
        }

        var paper = new Paper
        {
            Id = id.Key,
            Version = id.Version ?? 0,
            Title = entry.Element(Atom + "title").Text() ?? string.Empty,
            Abstract = entry.Element(Atom + "summary").Text() ?? string.Empty,
            Authors = entry.Elements(Atom + "author").Select(ReadAuthor).OfType<Author>().ToList(),
            Categories = Categories(entry),
            Published = published,
            Updated = updated,
            FirstSeen = seenAt,
            Dois = DoiText.ParseList(entry.Elements(Arxiv + "doi").Select(e => e.Value)),
            JournalRef = entry.Element(Arxiv + "journal_ref").Text(),
            Comment = entry.Element(Arxiv + "comment").Text(),
            Links = Links(entry, id),
            Sources = [new SourceRecord(SourceNames.ArxivApi, id.ToString(), seenAt)],
        };
        builder.Add(new SourceItem { Paper = paper }, where);
    }

    private static Author? ReadAuthor(XElement author) =>
        author.Element(Atom + "name").Text() is { } name
            ? new Author(name, author.Elements(Arxiv + "affiliation").Select(a => a.Text()).OfType<string>().ToList())
            : null;

    /// <summary>The primary category first, then the others in feed order, each once.</summary>
    private static List<string> Categories(XElement entry) =>
        entry.Elements(Arxiv + "primary_category").Select(e => e.Attr("term"))
            .Concat(entry.Elements(Atom + "category").Select(e => e.Attr("term")))
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static PaperLinks Links(XElement entry, PaperId id)
    {
        var links = entry.Elements(Atom + "link").ToList();
        var abs = links.FirstOrDefault(l => l.Attr("rel") is "alternate" or null && l.Attr("title") is null).Attr("href");
        var pdf = links.FirstOrDefault(l => l.Attr("title") == "pdf" || l.Attr("type") == "application/pdf").Attr("href");
        var canonical = ArxivLinks.For(id);
        return new PaperLinks { Abs = abs ?? canonical.Abs, Pdf = pdf ?? canonical.Pdf };
    }

    /// <summary>A feed-level OpenSearch number; null when absent or not a number (it is for paging only).</summary>
    private static int? FeedInt(XmlFeedDocument doc, string localName) =>
        doc.Fields.FirstOrDefault(f => f.Name == OpenSearch + localName).Text() is { } s
            && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
