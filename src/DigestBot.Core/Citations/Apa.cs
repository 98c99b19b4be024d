using System.Globalization;
using DigestBot.Papers;

namespace DigestBot.Citations;

/// <summary>
/// A paper as an APA 7 reference in plain text: "Surname, I. I., Surname, I., &amp; Surname, I. (Year). Title. arXiv.
/// https://doi.org/10.48550/arXiv.ID". Up to 20 authors are listed; past that the first 19, an ellipsis and the last.
/// A paper with a journal reference names the journal (with volume, issue and pages when the reference splits into
/// them, and the journal's year) instead of arXiv and links its DOI when known; without authors the title leads;
/// without a date the year is "n.d.". The title is readable text (<see cref="ReadableTex"/>: <c>$k$-means</c> is k-means,
/// <c>R\&amp;D</c> is R&amp;D).
/// </summary>
public static class Apa
{
    private const int MaxListed = 20;

    /// <summary>The reference as people read it: the title's TeX made readable.</summary>
    public static string Format(Paper paper)
    {
        var id = paper.ParsedId();
        var journal = JournalRef.Parse(paper.JournalRef);
        var raw = journal is null && !string.IsNullOrWhiteSpace(paper.JournalRef) ? CitationText.OneLine(paper.JournalRef) : null;
        var year = journal?.Year.ToString("D4", CultureInfo.InvariantCulture) ?? CitationText.Year(paper.PublishedDate) ?? "n.d.";
        var title = Sentence(CitationText.OneLine(ReadableTex.Readable(paper.Title)));

        // Without authors, APA moves the title into the author's place: "Title. (2024). Source."
        var parts = paper.Authors.Count > 0 ? [Authors(paper.Authors), $"({year}).", title] : new List<string> { title, $"({year})." };
        var venue = journal is not null ? Venue(journal) : raw ?? (id.Kind == PaperIdKind.Arxiv ? "arXiv" : null);
        if (venue is not null)
        {
            parts.Add(Sentence(venue));
        }

        var link = paper.Dois.Count > 0 && (journal is not null || raw is not null) ? $"https://doi.org/{paper.Dois[0]}"
            : id.Kind == PaperIdKind.Arxiv ? $"https://doi.org/10.48550/arXiv.{id.Value}"
            : paper.Dois.Count > 0 ? $"https://doi.org/{paper.Dois[0]}"
            : paper.Links.Abs;
        if (link is not null)
        {
            parts.Add(link);
        }

        return string.Join(' ', parts);
    }

    /// <summary>"Phys. Rev. B, 74, 024520", "Int. J. Softw. Eng. Appl., 3(1)", with a page range's en dash.</summary>
    private static string Venue(JournalRef journal)
    {
        var venue = journal.Journal;
        if (journal.Volume is { Length: > 0 } volume)
        {
            venue += ", " + volume + (journal.Number is { } number ? $"({number})" : string.Empty);
        }

        return journal.Pages is { } pages ? venue + ", " + BibTex.PageRange(pages, "–") : venue;
    }

    /// <summary>"A, I.", "A, I., &amp; B, I.", "A, I., B, I., &amp; C, I.", or 19 names, "…" and the last past 20.</summary>
    public static string Authors(IReadOnlyList<Author> authors)
    {
        var names = authors.Select(a => Name(AuthorName.Parse(a.Name))).ToList();
        return names.Count switch
        {
            1 => names[0],
            2 => $"{names[0]}, & {names[1]}",
            <= MaxListed => string.Join(", ", names.Take(names.Count - 1)) + $", & {names[^1]}",
            _ => string.Join(", ", names.Take(MaxListed - 1)) + $", . . . {names[^1]}",
        };
    }

    private static string Name(AuthorName name)
    {
        if (name.IsOrganisation || name.Given.Length == 0)
        {
            return name.Suffix is null ? name.Family : $"{name.Family}, {name.Suffix}";
        }

        var initials = name.Initials();
        return name.Suffix is null ? $"{name.Family}, {initials}" : $"{name.Family}, {initials}, {name.Suffix}";
    }

    private static string Sentence(string text) =>
        text.Length == 0 ? text : text[^1] is '.' or '?' or '!' ? text : text + ".";
}
