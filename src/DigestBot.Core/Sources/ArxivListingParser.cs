using System.Text.RegularExpressions;
using System.Xml.Linq;
using DigestBot.Papers;
using static DigestBot.Sources.XmlNames;

namespace DigestBot.Sources;

/// <summary>
/// Reads arXiv's listing feeds (<c>rss.arxiv.org/rss/…</c> RSS 2.0 and <c>/atom/…</c> Atom, format since 2024).
/// Each item keeps its <see cref="AnnounceType"/> and announce date; authors come from the one
/// <c>dc:creator</c> string. Empty feeds (weekends, holidays) are valid; a "Feed error for query:" channel is an error.
/// </summary>
public static partial class ArxivListingParser
{
    private const string Expected = "an arXiv listing feed";

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

        var isAtom = doc.Root == Atom + "feed";
        if (!isAtom && doc.Root != "rss")
        {
            return ParseResult.Failure($"not {Expected}: the root element is <{doc.Root.LocalName}>");
        }

        var title = doc.Fields.FirstOrDefault(f => f.Name.LocalName == "title").Text();
        if (title?.StartsWith("Feed error for query:", StringComparison.OrdinalIgnoreCase) == true)
        {
            var message = doc.Fields.FirstOrDefault(f => f.Name.LocalName is "description" or "subtitle").Text() ?? title;
            return ParseResult.Failure("arXiv listing error: " + message);
        }

        // Items carry their own date; the channel's is the same announcement day and serves when one does not.
        var feedDate = doc.Fields.FirstOrDefault(f => f.Name.LocalName == "pubDate").Text();
        var builder = new ParseResultBuilder();
        for (var i = 0; i < doc.Items.Count; i++)
        {
            var item = doc.Items[i];
            var position = i + 1;
            builder.Guard(position, () => AddItem(builder, item, isAtom ? Atom : XNamespace.None, feedDate, position, seenAt));
        }

        return doc.Finish(builder);
    }

    private static void AddItem(ParseResultBuilder builder, XElement item, XNamespace ns, string? feedDate, int position, DateTimeOffset seenAt)
    {
        var guid = item.Element(ns + (ns == Atom ? "id" : "guid")).Text();
        var link = ns == Atom ? item.Elements(Atom + "link").FirstOrDefault().Attr("href") : item.Element("link").Text();
        var description = item.Element(ns + (ns == Atom ? "summary" : "description"))?.Value;
        var match = description is null ? Match.Empty : DescriptionPattern().Match(description);
        var where = ParseResultBuilder.Describe(position, guid ?? link);

        var fromDescription = match.Success ? $"{match.Groups["id"].Value}v{match.Groups["v"].Value}".TrimEnd('v') : null;
        var found = ArxivIdOf(guid) ?? ArxivIdOf(fromDescription) ?? ArxivIdOf(link);
        if (found is null)
        {
            builder.Skip(where, $"no arXiv id in guid {SourceText.Quote(guid)} or link {SourceText.Quote(link)}");
            return;
        }

        // The link never has the version; the guid and the description do.
        var version = found.Version ?? ArxivIdOf(fromDescription)?.Version ?? 0;
        var id = found.Unversioned;

        var typeText = item.Element(Arxiv + "announce_type").Text() ?? (match.Success ? match.Groups["type"].Value : null);
        AnnounceType? type = typeText is null ? null : ParseAnnounceType(typeText);
        if (typeText is not null && type is null)
        {
            builder.Skip(where, $"unknown announce type {SourceText.Quote(typeText)}");
            return;
        }

        var dateText = item.Element(ns + (ns == Atom ? "published" : "pubDate")).Text() ?? feedDate;
        if (!FeedDates.TryOptional(dateText, ns == Atom ? "published" : "pubDate", out var announced, out var problem))
        {
            builder.Skip(where, problem!);
            return;
        }

        var creators = string.Join(", ", item.Elements(Dc + "creator").Select(e => e.Text()).OfType<string>());
        var isNewPaper = type is null or AnnounceType.New or AnnounceType.Cross;
        var paper = new Paper
        {
            Id = id.Key,
            Version = version,
            Title = item.Element(ns + "title").Text() ?? string.Empty,
            Abstract = SourceText.Collapse(match.Success ? match.Groups["abs"].Value : description) ?? string.Empty,
            Authors = CreatorList.Parse(creators, CreatorList.ArxivSeparators),
            Categories = item.Elements(ns + "category").Select(c => ns == Atom ? c.Attr("term") : c.Text()).OfType<string>().Distinct().ToList(),

            // The announce date is v1's date only for a new paper; a replacement's date is that of its new version.
            Published = isNewPaper ? announced : null,
            Updated = announced,
            FirstSeen = seenAt,
            Dois = DoiText.ParseList(item.Elements(Arxiv + "DOI").Select(e => e.Value)),
            JournalRef = item.Element(Arxiv + "journal_reference").Text(),
            Links = new PaperLinks { Abs = link ?? ArxivLinks.For(id).Abs, Pdf = ArxivLinks.For(id).Pdf },
            Sources = [new SourceRecord(SourceNames.ArxivRss, version > 0 ? $"{id.Value}v{version}" : id.Value, seenAt)],
        };
        builder.Add(new SourceItem { Paper = paper, AnnounceType = type, AnnouncedAt = announced, RawAuthors = creators.Length > 0 ? creators : null }, where);
    }

    private static PaperId? ArxivIdOf(string? text) =>
        PaperId.TryParse(text, out var id) && id.Kind == PaperIdKind.Arxiv ? id : null;

    private static AnnounceType? ParseAnnounceType(string text) => text.Trim().ToLowerInvariant() switch
    {
        "new" => AnnounceType.New,
        "cross" => AnnounceType.Cross,
        "replace" => AnnounceType.Replace,
        "replace-cross" => AnnounceType.ReplaceCross,
        _ => null,
    };

    // arXiv writes "arXiv:<id>v<N> Announce Type: <type> \nAbstract: <abstract>"; copies flatten the newline.
    [GeneratedRegex(@"^\s*arXiv:(?<id>\S+?)(?:v(?<v>\d+))?\s+Announce Type:\s*(?<type>[A-Za-z-]+)\s+Abstract:\s*(?<abs>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex DescriptionPattern();
}
