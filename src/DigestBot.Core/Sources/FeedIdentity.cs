using static DigestBot.Sources.XmlNames;

namespace DigestBot.Sources;

/// <summary>
/// What a feed says it is: RSS 2.0's channel <c>link</c>, RSS 1.0's <c>channel rdf:about</c> (or link), Atom's feed
/// <c>id</c> (or alternate link); else the address it was fetched from. Never a file name or a configured source name,
/// so a renamed source or a copied file is the same feed.
/// </summary>
internal static class FeedIdentity
{
    public static string? Of(XmlFeedDocument doc, string? fetchedFrom)
    {
        var fields = doc.Fields;
        var rss = fields.FirstOrDefault(f => f.Name == "link").Text();
        var rdf = fields.FirstOrDefault(f => f.Name == Rss1 + "channel") is { } channel
            ? channel.Attribute(Rdf + "about")?.Value ?? channel.Element(Rss1 + "link").Text()
            : null;
        var atom = fields.FirstOrDefault(f => f.Name == Atom + "id").Text()
            ?? fields.Where(f => f.Name == Atom + "link").FirstOrDefault(l => l.Attr("rel") is null or "alternate").Attr("href");
        var found = SourceText.NullIfBlank(rss ?? rdf ?? atom) ?? SourceText.NullIfBlank(fetchedFrom);
        return found is null ? null : FeedItemKey.Normalise(found) ?? found.Trim();
    }
}
