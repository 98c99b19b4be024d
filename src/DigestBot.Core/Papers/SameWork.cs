using DigestBot.Citations;

namespace DigestBot.Papers;

/// <summary>
/// When two records that share no id are one work: the same distinctive normalised title (<see cref="PaperTitle"/>),
/// at least one author surname on both, publication years within one, and no id of the same kind that tells them
/// apart (two arXiv ids, or two sets of journal DOIs with none in common: an erratum or a second edition has its own).
/// A preprint and its journal version (arXiv id on one, DOI on the other) pass.
/// </summary>
internal static class SameWork
{
    public static (IReadOnlyList<string> Surnames, IReadOnlyList<int> Years)? Evidence(Paper stored, Paper incoming)
    {
        var a = stored.ParsedId();
        var b = incoming.ParsedId();
        if (a.Kind == PaperIdKind.Arxiv && b.Kind == PaperIdKind.Arxiv && a != b)
        {
            return null;
        }

        if (stored.Dois.Count > 0 && incoming.Dois.Count > 0 && !stored.Dois.Intersect(incoming.Dois, StringComparer.Ordinal).Any())
        {
            return null;
        }

        if (stored.PublishedDate is not { } x || incoming.PublishedDate is not { } y || Math.Abs(x.Year - y.Year) > 1)
        {
            return null;
        }

        var shared = Surnames(stored).Intersect(Surnames(incoming), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return shared.Count == 0 ? null : (shared, [x.Year, y.Year]);
    }

    /// <summary>Family names folded to ASCII letters ("Ramírez" → "ramirez"), as sources abbreviate given names differently.</summary>
    private static IEnumerable<string> Surnames(Paper paper) =>
        paper.Authors.Select(a => CitationText.KeyPart(AuthorName.Parse(a.Name).Family)).Where(s => s.Length > 1).Distinct(StringComparer.Ordinal);
}
