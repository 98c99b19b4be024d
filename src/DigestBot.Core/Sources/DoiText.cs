using System.Text.RegularExpressions;
using DigestBot.Papers;

namespace DigestBot.Sources;

/// <summary>Finds DOIs where feeds hide them: in guids, links, <c>dc:identifier</c> values and HTML bodies.</summary>
internal static partial class DoiText
{
    /// <summary>
    /// The first DOI inside <paramref name="text"/> (a bare DOI, <c>doi:…</c>, a doi.org URL or a publisher URL
    /// with the DOI in its path), parsed by <see cref="PaperId.TryParseDoi"/>; null when there is none.
    /// </summary>
    public static PaperId? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !text.Contains("10.", StringComparison.Ordinal))
        {
            return null;
        }

        var m = AnyDoi().Match(Uri.UnescapeDataString(text));
        return m.Success && PaperId.TryParseDoi(TrimEnd(m.Value), out var id) ? id : null;
    }

    /// <summary>
    /// Published-version DOIs from fields that may hold several separated by whitespace (<c>arxiv:doi</c>),
    /// lower-cased, each once. arXiv's own DataCite DOI is left out: an arXiv id implies it.
    /// </summary>
    public static List<string> ParseList(IEnumerable<string?> values) =>
        values.OfType<string>()
            .SelectMany(v => v.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(v => PaperId.TryParseDoi(v, out var id) && id.Kind == PaperIdKind.Doi ? id.Value : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// A DOI in prose or HTML, only where it is marked as one (<c>doi:</c> or a doi.org link): a bare
    /// <c>10.x/y</c> in an abstract is as likely a cited reference as the paper itself.
    /// </summary>
    public static PaperId? FindMarked(string? html)
    {
        if (string.IsNullOrWhiteSpace(html) || !html.Contains("10.", StringComparison.Ordinal))
        {
            return null;
        }

        var m = MarkedDoi().Match(html);
        return m.Success && PaperId.TryParseDoi(TrimEnd(m.Groups["doi"].Value), out var id) ? id : null;
    }

    /// <summary>
    /// Sentence punctuation after a DOI belongs to the text around it, and so does a closing bracket that the DOI
    /// did not open (DOIs such as <c>10.1016/s0140-6736(20)30183-5</c> keep theirs).
    /// </summary>
    private static string TrimEnd(string doi)
    {
        while (doi.Length > 0)
        {
            var last = doi[^1];
            var drop = last is '.' or ',' or ';' or ':' or '\'' or '"'
                || (last == ')' && doi.Count(c => c == '(') < doi.Count(c => c == ')'))
                || (last == ']' && doi.Count(c => c == '[') < doi.Count(c => c == ']'));
            if (!drop)
            {
                break;
            }

            doi = doi[..^1];
        }

        return doi;
    }

    [GeneratedRegex(@"10\.\d{4,9}/[^\s""<>?#&]+", RegexOptions.CultureInvariant)]
    private static partial Regex AnyDoi();

    [GeneratedRegex(@"(?:doi\.org/|\bdoi:\s*)(?<doi>10\.\d{4,9}/[^\s""<>?#&]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkedDoi();
}
