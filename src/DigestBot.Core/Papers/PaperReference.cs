using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using DigestBot.Sources;

namespace DigestBot.Papers;

/// <summary>
/// Whatever a researcher pastes or the bot printed to name a paper: a key (<see cref="PaperId"/>: arXiv ids and
/// arxiv.org, huggingface.co/papers and doi.org links, DOIs, <c>src:</c> keys), an OpenAlex or Semantic Scholar id or
/// link, or any other link (a feed item's page). <see cref="PaperStore.Find(PaperReference)"/> looks each up the way
/// it can be stored.
/// </summary>
public sealed partial record PaperReference
{
    private PaperReference(string text)
    {
        Text = text;
    }

    /// <summary>As typed, trimmed: what messages quote.</summary>
    public string Text { get; }

    public PaperId? Key { get; private init; }

    /// <summary>The source an external id belongs to (<see cref="SourceNames.OpenAlex"/>, <see cref="SourceNames.SemanticScholar"/>).</summary>
    public string? Source { get; private init; }

    public string? SourceId { get; private init; }

    /// <summary>Any other absolute http(s) link.</summary>
    public string? Link { get; private init; }

    /// <summary>How the reference reads in "no paper X here": the key when there is one (a DOI bare, <see cref="PaperId.Shown"/>).</summary>
    public string Display => Key?.Shown ?? SourceId ?? Link ?? Text;

    /// <summary>One line telling a user what we accept, for CLI and Discord errors.</summary>
    public static string InvalidMessage(string text) =>
        $"'{Shorten(text)}' is not a paper id: use an arXiv id (2412.13795, hep-th/9901001), a DOI, an OpenAlex or Semantic Scholar id, or a link to the paper";

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out PaperReference? reference)
    {
        reference = null;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s) || s.Length > 500)
        {
            return false;
        }

        if (PaperId.TryParse(WithoutQuery(s), out var id))
        {
            reference = new PaperReference(s) { Key = id };
        }
        else if (OpenAlex().Match(s) is { Success: true } work)
        {
            reference = new PaperReference(s) { Source = SourceNames.OpenAlex, SourceId = work.Groups["id"].Value.ToUpperInvariant() };
        }
        else if (SemanticScholar().Match(s) is { Success: true } paper)
        {
            reference = new PaperReference(s) { Source = SourceNames.SemanticScholar, SourceId = paper.Groups["id"].Value.ToLowerInvariant() };
        }
        else if (Uri.TryCreate(s, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            reference = new PaperReference(s) { Link = s };
        }

        return reference is not null;
    }

    /// <summary>arxiv.org and huggingface.co links as pasted from a browser: <c>?context=cs</c>, <c>#S3</c> or <c>#community</c> dropped.</summary>
    private static string WithoutQuery(string s) =>
        ArxivOrHf().IsMatch(s) && s.IndexOfAny(['?', '#']) is > 0 and var cut ? s[..cut] : s;

    private static string Shorten(string text)
    {
        var clean = text.Any(char.IsControl) ? new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]) : text;
        return clean.Length <= 60 ? clean : clean[..57] + "...";
    }

    [GeneratedRegex(@"^(?:https?://)?(?:www\.|export\.)?(?:arxiv\.org|huggingface\.co|hf\.co)/", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivOrHf();

    [GeneratedRegex(@"^(?:(?:https?://)?(?:api\.)?openalex\.org/(?:works/)?|openalex:)?(?<id>[Ww][0-9]{4,12})/?$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenAlex();

    [GeneratedRegex(@"^(?:(?:https?://)?(?:www\.)?semanticscholar\.org/paper/(?:[^/?#\s]+/)?|(?:https?://)?api\.semanticscholar\.org/graph/v1/paper/)?(?<id>[0-9a-fA-F]{40})/?(?:[?#]\S*)?$")]
    private static partial Regex SemanticScholar();
}
