using System.Text;

namespace DigestBot.Sources;

/// <summary>Format names, detection from content, and the parser for each format.</summary>
public static class SourceFormats
{
    public const string CliNames = "auto|arxiv-api|arxiv-rss|hf-daily|rss|atom|openalex|semantic-scholar|arxiv-snapshot";

    public static string CliName(SourceFormat format) => format switch
    {
        SourceFormat.ArxivApi => "arxiv-api",
        SourceFormat.ArxivRss => "arxiv-rss",
        SourceFormat.HfDaily => "hf-daily",
        SourceFormat.SemanticScholar => "semantic-scholar",
        SourceFormat.ArxivSnapshot => "arxiv-snapshot",
        _ => format.ToString().ToLowerInvariant(),
    };

    public static bool TryParseName(string? name, out SourceFormat format)
    {
        format = Enum.GetValues<SourceFormat>().FirstOrDefault(f => string.Equals(CliName(f), (name ?? "auto").Trim(), StringComparison.OrdinalIgnoreCase), (SourceFormat)(-1));
        return Enum.IsDefined(format);
    }

    /// <summary>Guesses the format from the first bytes of a document; null when it is none we know.</summary>
    public static SourceFormat? Detect(ReadOnlySpan<byte> head, string? fileName = null)
    {
        if (fileName is not null && fileName.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return SourceFormat.ArxivSnapshot;
        }

        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 8192)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        bool Has(string s) => text.Contains(s, StringComparison.Ordinal);
        return text.FirstOrDefault() switch
        {
            '[' when Has("\"paper\"") => SourceFormat.HfDaily,
            '{' when Has("\"authors_parsed\"") || (Has("\"versions\"") && Has("\"update_date\"")) => SourceFormat.ArxivSnapshot,
            '{' when Has("\"results\"") && (Has("\"meta\"") || Has("openalex.org")) => SourceFormat.OpenAlex,
            '{' when Has("\"data\"") && (Has("\"paperId\"") || Has("\"total\"")) => SourceFormat.SemanticScholar,
            '{' when Has("openalex.org/W") && Has("\"authorships\"") => SourceFormat.OpenAlex,
            '{' when Has("\"paperId\"") => SourceFormat.SemanticScholar,
            '<' when Has("a9.com/-/spec/opensearch") || Has("arxiv.org/api/") => SourceFormat.ArxivApi,
            '<' when Has("announce_type") || Has("rss.arxiv.org") => SourceFormat.ArxivRss,
            '<' when Has("<feed") => SourceFormat.Atom,
            '<' when Has("<rss") || Has("<rdf:RDF") || Has("purl.org/rss/1.0") => SourceFormat.Rss,
            _ => null,
        };
    }

    /// <summary>
    /// Parses a whole document; <paramref name="name"/> names a generic feed's source records, <paramref name="url"/> is
    /// where it was fetched from (a feed's identity when it names none).
    /// </summary>
    public static ParseResult Parse(SourceFormat format, ReadOnlySpan<byte> body, DateTimeOffset seenAt, string name, string? url = null) => format switch
    {
        SourceFormat.ArxivApi => ArxivApiParser.Parse(body, seenAt),
        SourceFormat.ArxivRss => ArxivListingParser.Parse(body, seenAt),
        SourceFormat.HfDaily => HfDailyPapersParser.Parse(body, seenAt),
        SourceFormat.Rss or SourceFormat.Atom => FeedParser.Parse(body, SourceNames.Rss(name), seenAt, url),
        SourceFormat.OpenAlex => OpenAlexParser.Parse(body, seenAt),
        SourceFormat.SemanticScholar => SemanticScholarParser.Parse(body, seenAt),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a whole-document format"),
    };
}
