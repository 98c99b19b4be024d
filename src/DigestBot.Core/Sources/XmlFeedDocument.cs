using System.Xml;
using System.Xml.Linq;

namespace DigestBot.Sources;

/// <summary>
/// A feed read element by element, so that a truncated or broken document still yields every item that was
/// complete before the break (<see cref="Failure"/> then says where it broke). Items are the <c>entry</c>/<c>item</c>
/// elements under the root or under an RSS <c>channel</c>; other elements there are feed-level fields.
/// </summary>
internal sealed class XmlFeedDocument
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // Feeds have no business with DTDs; ignoring them keeps entity expansion attacks out.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
    };

    /// <summary>Real feeds nest five or six elements deep; LINQ to XML builds deeper trees in quadratic time.</summary>
    public const int MaxDepth = 64;

    private XmlFeedDocument(XName root)
    {
        Root = root;
    }

    public XName Root { get; }

    public List<XElement> Fields { get; } = [];

    public List<XElement> Items { get; } = [];

    /// <summary>Where and why reading stopped early; null when the whole document was read.</summary>
    public string? Failure { get; private set; }

    /// <summary>The document, or null with <paramref name="error"/> when not even its root element could be read.</summary>
    public static XmlFeedDocument? Load(string text, string expected, out string? error)
    {
        error = BodyText.Problem(text, expected);
        if (error is not null)
        {
            return null;
        }

        if (NestsTooDeep(text))
        {
            error = $"not {expected}: elements nest more than {MaxDepth} deep";
            return null;
        }

        using var reader = XmlReader.Create(new StringReader(text), Settings);
        try
        {
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                error = $"not {expected}: no root element";
                return null;
            }
        }
        catch (XmlException e)
        {
            error = $"not {expected}: the XML is not well-formed ({e.Message})";
            return null;
        }

        var document = new XmlFeedDocument(XName.Get(reader.LocalName, reader.NamespaceURI));
        document.ReadChildren(reader);
        return document;
    }

    /// <summary>
    /// The builder's result, with the break reported: as the error when the break left nothing to read, else as a
    /// skipped "document" entry beside the items that were complete.
    /// </summary>
    public ParseResult Finish(ParseResultBuilder builder)
    {
        if (Failure is null)
        {
            return builder.Build();
        }

        if (Items.Count == 0)
        {
            return ParseResult.Failure(Failure);
        }

        builder.Skip("document", Failure);
        return builder.Build();
    }

    /// <summary>
    /// One streaming pass (linear, no tree) that stops at the first element deeper than <see cref="MaxDepth"/>, or at
    /// the first break, which the real read reports.
    /// </summary>
    private static bool NestsTooDeep(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        try
        {
            while (reader.Read())
            {
                if (reader.Depth > MaxDepth)
                {
                    return true;
                }
            }
        }
        catch (XmlException)
        {
            // Broken documents are read as far as they go by the real read.
        }

        return false;
    }

    private void ReadChildren(XmlReader reader)
    {
        try
        {
            if (reader.IsEmptyElement)
            {
                return;
            }

            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == 0)
                {
                    return;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                }
                else if (reader.LocalName == "channel" && reader.Depth == 1 && !reader.IsEmptyElement)
                {
                    // RSS 2.0 nests items in the channel; step inside instead of reading it whole.
                    reader.Read();
                }
                else
                {
                    var element = (XElement)XNode.ReadFrom(reader);
                    (element.Name.LocalName is "item" or "entry" ? Items : Fields).Add(element);
                }
            }
        }
        catch (XmlException e)
        {
            Failure = $"the XML is cut off or malformed at line {e.LineNumber}, position {e.LinePosition} ({e.Message}); items after that point are lost";
        }
    }
}
