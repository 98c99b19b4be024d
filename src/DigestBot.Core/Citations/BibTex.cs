using System.Globalization;
using System.Text;
using DigestBot.Papers;

namespace DigestBot.Citations;

/// <summary>
/// A paper as one BibTeX entry: <c>@article</c> with journal, volume, number and pages when its journal reference
/// follows a common form (<see cref="JournalRef"/>), else <c>@misc</c> with the reference kept whole as a <c>note</c>;
/// keyed <c>firstauthorYEARfirstword</c> (<c>vaswani2017attention</c>), with arXiv's <c>eprint</c>,
/// <c>archivePrefix</c> and <c>primaryClass</c>, and the DOI when known. No date, no year: never the year it was stored.
/// </summary>
public static class BibTex
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "on", "of", "in", "for", "to", "and", "or", "with", "at", "by", "from", "as", "is", "are",
        "via", "towards", "toward", "into", "onto", "do", "does", "we", "our", "its", "how", "what", "why", "when", "can",
    };

    /// <summary>The stable key: ASCII-folded first-author surname, year of first publication, first non-stop title word.</summary>
    public static string Key(Paper paper)
    {
        var author = paper.Authors.Count > 0 ? CitationText.KeyPart(AuthorName.Parse(paper.Authors[0].Name).Family) : string.Empty;
        // "Syntax-Based Attention" gives "syntax", as Google Scholar's keys do.
        var word = CitationText.OneLine(paper.Title).Split(' ', '-', '/')
            .Select(CitationText.KeyPart)
            .FirstOrDefault(w => w.Length > 0 && !StopWords.Contains(w)) ?? string.Empty;
        var key = (author.Length > 0 ? author : "anon") + CitationText.Year(paper.PublishedDate) + word;
        return key;
    }

    /// <summary>
    /// The entry; with <paramref name="maxAuthors"/> a longer author list ends in <c>and others</c> (BibTeX's
    /// "et al."), for places with a size limit.
    /// </summary>
    public static string Format(Paper paper, int? maxAuthors = null)
    {
        var id = paper.ParsedId();
        var arxiv = id.Kind == PaperIdKind.Arxiv ? id.Value : null;
        var journal = JournalRef.Parse(paper.JournalRef);
        var note = journal is null && !string.IsNullOrWhiteSpace(paper.JournalRef) ? CitationText.OneLine(paper.JournalRef) : null;
        var fields = new List<(string Name, string Value)>
        {
            ("title", Title(paper.Title)),
            ("author", Authors(paper, maxAuthors)),

            // An article is cited as published: the journal's year, which may be later than the preprint's.
            ("year", journal?.Year.ToString("D4", CultureInfo.InvariantCulture) ?? CitationText.Year(paper.PublishedDate) ?? string.Empty),
        };
        if (journal is not null)
        {
            fields.Add(("journal", CitationText.EscapeBibTex(journal.Journal)));
            fields.Add(("volume", CitationText.EscapeBibTex(journal.Volume ?? string.Empty)));
            fields.Add(("number", CitationText.EscapeBibTex(journal.Number ?? string.Empty)));
            fields.Add(("pages", CitationText.EscapeBibTex(PageRange(journal.Pages, "--"))));
        }

        // A reference in no form we can split is kept whole, where BibTeX styles print it as it is.
        if (note is not null)
        {
            fields.Add(("note", CitationText.EscapeBibTex(note)));
        }

        if (paper.Dois.Count > 0)
        {
            fields.Add(("doi", paper.Dois[0]));
        }

        if (arxiv is not null)
        {
            fields.Add(("eprint", arxiv));
            fields.Add(("archivePrefix", "arXiv"));
            if (paper.Categories.Count > 0)
            {
                fields.Add(("primaryClass", paper.Categories[0]));
            }
        }

        if (Url(paper, arxiv) is { } url)
        {
            fields.Add(("url", url));
        }

        var entry = new StringBuilder();
        entry.Append('@').Append(journal is null ? "misc" : "article").Append('{').Append(Key(paper)).Append(",\n");
        entry.AppendJoin(",\n", fields.Where(f => f.Value.Length > 0).Select(f => $"  {f.Name} = {{{f.Value}}}"));
        entry.Append("\n}");
        return entry.ToString();
    }

    /// <summary>"1-50" as a range with <paramref name="dash"/> ("--" in BibTeX, "–" in APA); a single page or article number as it is.</summary>
    internal static string PageRange(string? pages, string dash) =>
        pages is null ? string.Empty : string.Join(dash, pages.Split(['-', '–'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>
    /// The escaped title with words that carry capitals after their first letter (BERT, ChatGPT, Pre-LN) in braces,
    /// so styles that lower-case titles leave them alone; ordinary title-case words stay unprotected. Inline math
    /// (<c>$k$-means</c>) stays LaTeX as the authors wrote it, in braces for the same reason.
    /// </summary>
    public static string Title(string title) =>
        string.Concat(InlineMath.Split(CitationText.OneLine(title)).Select(part => part.IsMath ? "{" + part.Text + "}" : TextPart(part.Text)));

    /// <summary>Text between math: each word escaped and protected, the spaces around it kept (math may sit inside a word).</summary>
    private static string TextPart(string text) =>
        string.Join(' ', text.Split(' ').Select(word => word.Length == 0 ? word : ProtectWord(word)));

    private static string ProtectWord(string word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && !char.IsLetterOrDigit(word[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(word[end - 1]))
        {
            end--;
        }

        var core = word[start..end];
        var protect = core.Skip(1).Any(char.IsUpper);
        var escaped = CitationText.EscapeBibTex(core);
        return CitationText.EscapeBibTex(word[..start]) + (protect ? "{" + escaped + "}" : escaped) + CitationText.EscapeBibTex(word[end..]);
    }

    private static string Authors(Paper paper, int? maxAuthors)
    {
        var shown = maxAuthors is int max && paper.Authors.Count > max ? paper.Authors.Take(max) : paper.Authors;
        var names = shown.Select(a => Author(AuthorName.Parse(a.Name))).ToList();
        if (names.Count < paper.Authors.Count)
        {
            names.Add("others");
        }

        return string.Join(" and ", names);
    }

    private static string Author(AuthorName name)
    {
        var family = CitationText.EscapeBibTex(name.Family);
        if (name.IsOrganisation || family.Contains(" and ", StringComparison.OrdinalIgnoreCase))
        {
            return "{" + family + "}";
        }

        // "Last, First" needs no braces: BibTeX takes everything before the comma as the family name ("Del Maestro").
        var last = family;
        var suffix = name.Suffix is null ? string.Empty : ", " + CitationText.EscapeBibTex(name.Suffix);
        return name.Given.Length == 0 ? last + suffix : $"{last}{suffix}, {CitationText.EscapeBibTex(name.Given)}";
    }

    private static string? Url(Paper paper, string? arxiv) =>
        arxiv is not null ? $"https://arxiv.org/abs/{arxiv}"
        : paper.Dois.Count > 0 ? $"https://doi.org/{paper.Dois[0]}"
        : paper.Links.Abs;
}
