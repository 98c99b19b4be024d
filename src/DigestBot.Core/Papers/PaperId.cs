using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace DigestBot.Papers;

/// <summary>
/// The identity of a paper across sources. <see cref="Key"/> is the canonical, unversioned string stored in
/// LiteDB and shown to users: <c>2412.13795</c>, <c>math/0611800</c>, <c>doi:10.1109/x.2022.1</c> or
/// <c>src:rss:3f2a…</c>. The version, when the input carried one, travels beside it.
/// </summary>
public sealed partial record PaperId
{
    private const string ArxivDoiPrefix = "10.48550/arxiv.";

    private PaperId(PaperIdKind kind, string value, int? version)
    {
        Kind = kind;
        Value = value;
        Version = version;
    }

    public PaperIdKind Kind { get; }

    /// <summary>The bare identifier: the arXiv id, the lower-cased DOI, or the source key.</summary>
    public string Value { get; }

    /// <summary>The arXiv version the input named (<c>v2</c> → 2), or null.</summary>
    public int? Version { get; }

    /// <summary>The canonical key: arXiv ids bare, DOIs as <c>doi:…</c>, source keys as <c>src:…</c>.</summary>
    public string Key => Kind switch
    {
        PaperIdKind.Arxiv => Value,
        PaperIdKind.Doi => "doi:" + Value,
        _ => "src:" + Value,
    };

    /// <summary>How messages show the paper: its key, a DOI bare as people write it (<c>10.7717/peerj.4375</c>).</summary>
    public string Shown => Kind == PaperIdKind.Doi ? Value : Key;

    /// <summary>A key (<see cref="Key"/>) as messages show it (<see cref="Shown"/>); anything else as it is.</summary>
    public static string ShownKey(string key) => TryParse(key, out var id) ? id.Shown : key;

    /// <summary>arXiv's own DataCite DOI for an arXiv paper (<c>10.48550/arxiv.2412.13795</c>), else null.</summary>
    public string? ArxivDoi => Kind == PaperIdKind.Arxiv ? ArxivDoiPrefix + Value : null;

    /// <summary>The same identity without a version.</summary>
    public PaperId Unversioned => Version is null ? this : new PaperId(Kind, Value, null);

    public override string ToString() => Version is int v ? $"{Key}v{v}" : Key;

    public static PaperId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException(InvalidMessage(text));

    /// <summary>One line telling a user what we accept, for CLI and Discord errors.</summary>
    public static string InvalidMessage(string text) =>
        $"'{Shorten(text)}' is not a paper id: use an arXiv id (2412.13795, hep-th/9901001), a DOI, or an arxiv.org, huggingface.co/papers or doi.org link";

    /// <summary>Reads any form a user or a source may hand us; false when it is none of them.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out PaperId? id)
    {
        id = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500)
        {
            return false;
        }

        var s = text.Trim();
        if (s.StartsWith("src:", StringComparison.OrdinalIgnoreCase) && s.Length > 4)
        {
            id = new PaperId(PaperIdKind.Source, s[4..], null);
            return true;
        }

        s = StripArxivWrapping(s);
        if (TryParseArxiv(s, out id))
        {
            return true;
        }

        return TryParseDoi(s, out id);
    }

    /// <summary>A DOI in any common spelling (prefixes, URL encoding, case); arXiv DataCite DOIs become arXiv ids.</summary>
    public static bool TryParseDoi([NotNullWhen(true)] string? text, [NotNullWhen(true)] out PaperId? id)
    {
        id = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = Uri.UnescapeDataString(text.Trim());
        s = DoiPrefix().Replace(s, string.Empty).Trim();
        if (!DoiShape().IsMatch(s))
        {
            return false;
        }

        s = s.ToLowerInvariant();
        if (s.StartsWith(ArxivDoiPrefix, StringComparison.Ordinal))
        {
            return TryParseArxiv(s[ArxivDoiPrefix.Length..], out id) && id.Version is null;
        }

        id = new PaperId(PaperIdKind.Doi, s, null);
        return true;
    }

    /// <summary>A stable key for an item that has neither an arXiv id nor a DOI (journal RSS without DOIs).</summary>
    public static PaperId FromSource(string source, string guidOrLink)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(guidOrLink);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(guidOrLink.Trim()));
        return new PaperId(PaperIdKind.Source, $"{source.ToLowerInvariant()}:{Convert.ToHexStringLower(hash, 0, 10)}", null);
    }

    private static string StripArxivWrapping(string s)
    {
        s = ArxivUrlPrefix().Replace(s, string.Empty);
        if (s.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            s = s[..^4];
        }

        return s.TrimEnd('/');
    }

    private static bool TryParseArxiv(string s, [NotNullWhen(true)] out PaperId? id)
    {
        id = null;
        var m = NewStyle().Match(s);
        if (m.Success)
        {
            // Five-digit numbers only exist from 1501 on; 0704–1412 used four.
            var yymm = int.Parse(m.Groups["yymm"].ValueSpan, provider: null);
            var digits = m.Groups["num"].Length;
            var month = yymm % 100;
            if (month is < 1 or > 12 || yymm < 704 || (digits == 5) != (yymm >= 1501))
            {
                return false;
            }

            id = new PaperId(PaperIdKind.Arxiv, $"{m.Groups["yymm"].Value}.{m.Groups["num"].Value}", VersionOf(m));
            return true;
        }

        m = OldStyle().Match(s);
        if (!m.Success)
        {
            return false;
        }

        // The subject class (.CA in math.CA/0611800) is dropped: arXiv's external form is math/0611800.
        id = new PaperId(PaperIdKind.Arxiv, $"{m.Groups["arch"].Value.ToLowerInvariant()}/{m.Groups["num"].Value}", VersionOf(m));
        return true;
    }

    private static int? VersionOf(Match m) =>
        m.Groups["v"].Success && int.TryParse(m.Groups["v"].ValueSpan, out var v) && v > 0 ? v : null;

    /// <summary>The quoted input, short and on one line (a pasted id may carry a line break or other control characters).</summary>
    private static string Shorten(string text)
    {
        var clean = text.Any(char.IsControl) ? new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]) : text;
        return clean.Length <= 60 ? clean : clean[..57] + "...";
    }

    [GeneratedRegex(@"^(?:(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/|(?:https?://)?(?:www\.)?huggingface\.co/papers/|oai:arxiv\.org:|arxiv:)", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivUrlPrefix();

    // [0-9], not \d: \d takes any Unicode digit ("2٣00"), which int.Parse then refuses with an exception.
    [GeneratedRegex(@"^(?<yymm>[0-9]{4})\.(?<num>[0-9]{4,5})(?:v(?<v>[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NewStyle();

    [GeneratedRegex(@"^(?<arch>[a-zA-Z][a-zA-Z-]*)(?:\.[A-Za-z]{2})?/(?<num>[0-9]{7})(?:v(?<v>[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex OldStyle();

    [GeneratedRegex(@"^(?:(?:https?://)?(?:dx\.)?doi\.org/|doi:\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex DoiPrefix();

    [GeneratedRegex(@"^10\.[0-9]{4,9}/\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex DoiShape();
}
