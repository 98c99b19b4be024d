using System.Xml.Linq;

namespace DigestBot.Sources;

/// <summary>The namespaces feeds use. Parsers match namespace + local name, never a prefix or a position.</summary>
internal static class XmlNames
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";
    public static readonly XNamespace Arxiv = "http://arxiv.org/schemas/atom";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    public static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>PRISM has several versioned namespaces (1.2, 2.0, 2.1, 3.0); all live under this prefix.</summary>
    public const string PrismPrefix = "http://prismstandard.org/namespaces/";

    public static bool IsPrism(XNamespace ns) => ns.NamespaceName.StartsWith(PrismPrefix, StringComparison.Ordinal);

    /// <summary>The element's text with whitespace collapsed, or null when the element is absent or blank.</summary>
    public static string? Text(this XElement? element) => SourceText.NullIfBlank(element?.Value);

    public static string? Attr(this XElement? element, string name) => SourceText.NullIfBlank(element?.Attribute(name)?.Value);

    /// <summary>Children with this local name in no namespace or in one of <paramref name="namespaces"/>.</summary>
    public static IEnumerable<XElement> Children(this XElement parent, string localName, params XNamespace[] namespaces) =>
        parent.Elements().Where(e => e.Name.LocalName == localName
            && (e.Name.Namespace == XNamespace.None || namespaces.Contains(e.Name.Namespace)));

    public static XElement? Child(this XElement parent, string localName, params XNamespace[] namespaces) =>
        parent.Children(localName, namespaces).FirstOrDefault();

    /// <summary>PRISM children with this local name, whatever PRISM version the feed declares.</summary>
    public static XElement? PrismChild(this XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName && IsPrism(e.Name.Namespace));
}
