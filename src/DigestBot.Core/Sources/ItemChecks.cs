using DigestBot.Papers;

namespace DigestBot.Sources;

/// <summary>
/// The rules every parsed item passes before it may be stored, the same for every source: LaTeX accents in the
/// title, abstract and author names become their letters (<see cref="LatexAccents"/>), a title must be there and
/// plausible, text must have survived decoding, over-long fields are trimmed. An item that fails is skipped with the
/// reason; the rest of its document is kept.
/// </summary>
internal static class ItemChecks
{
    /// <summary>arXiv caps titles far below this; anything longer is a broken feed, not a title.</summary>
    public const int MaxTitleLength = 1_000;

    /// <summary>arXiv abstracts stay under 2,000 characters; journal feeds sometimes carry a whole article body.</summary>
    public const int MaxAbstractLength = 20_000;

    public const int MaxAuthorNameLength = 300;

    public const int MaxNoteLength = 2_000;

    /// <summary>The item as it may be stored (maybe trimmed), or null with the reason it may not.</summary>
    public static SourceItem? Check(SourceItem item, List<string> warnings, out string? skipReason)
    {
        var paper = WithLetters(item.Paper);
        skipReason = TitleProblem(paper.Title) ?? EncodingProblem(paper);
        if (skipReason is not null)
        {
            return null;
        }

        if (paper.Abstract.Length > MaxAbstractLength)
        {
            warnings.Add($"abstract trimmed from {paper.Abstract.Length} to {MaxAbstractLength} characters");
            paper = paper with { Abstract = SourceText.Shorten(paper.Abstract, MaxAbstractLength) };
        }

        if (paper.Authors.Any(a => a.Name.Length > MaxAuthorNameLength))
        {
            warnings.Add($"dropped an author name longer than {MaxAuthorNameLength} characters");
            paper = paper with { Authors = paper.Authors.Where(a => a.Name.Length <= MaxAuthorNameLength).ToList() };
        }

        if (paper.Comment?.Length > MaxNoteLength || paper.JournalRef?.Length > MaxNoteLength)
        {
            warnings.Add($"comment or journal reference trimmed to {MaxNoteLength} characters");
            paper = paper with
            {
                Comment = paper.Comment is { } c ? SourceText.Shorten(c, MaxNoteLength) : null,
                JournalRef = paper.JournalRef is { } j ? SourceText.Shorten(j, MaxNoteLength) : null,
            };
        }

        return ReferenceEquals(paper, item.Paper) ? item : item with { Paper = paper };
    }

    /// <summary>
    /// The paper with <c>R\'{e}nyi</c> read as <c>Rényi</c> in its title, abstract and author names, so cards, search
    /// and citations see one spelling; the same instance when none has an accent command.
    /// </summary>
    private static Paper WithLetters(Paper paper)
    {
        var title = LatexAccents.ToUnicode(paper.Title);
        var summary = LatexAccents.ToUnicode(paper.Abstract);
        var authors = paper.Authors;
        if (authors.Any(a => a.Name.Contains('\\', StringComparison.Ordinal)))
        {
            authors = [.. authors.Select(a => a with { Name = LatexAccents.ToUnicode(a.Name) })];
        }

        return ReferenceEquals(title, paper.Title) && ReferenceEquals(summary, paper.Abstract) && ReferenceEquals(authors, paper.Authors)
            ? paper
            : paper with { Title = title, Abstract = summary, Authors = authors };
    }

    private static string? TitleProblem(string title) =>
        title.Length == 0 ? "missing title"
        : title.Length > MaxTitleLength ? $"title is {title.Length} characters long (at most {MaxTitleLength} expected)"
        : null;

    /// <summary>
    /// U+FFFD means the body had bytes that are not UTF-8; "Ã" before a Latin-1 symbol means UTF-8 was read as
    /// Latin-1 upstream ("RamÃ­rez"). Either way the text is damaged and would stay damaged in the store.
    /// </summary>
    private static string? EncodingProblem(Paper paper)
    {
        foreach (var (field, text) in TextFields(paper))
        {
            if (text.Contains('\uFFFD', StringComparison.Ordinal))
            {
                return $"{field} has bytes that are not valid UTF-8: {SourceText.Quote(text)}";
            }

            if (LooksDoubleEncoded(text))
            {
                return $"{field} looks like UTF-8 decoded as Latin-1 (mojibake): {SourceText.Quote(text)}";
            }
        }

        return null;
    }

    private static IEnumerable<(string Field, string Text)> TextFields(Paper paper)
    {
        yield return ("title", paper.Title);
        yield return ("abstract", paper.Abstract);
        foreach (var author in paper.Authors)
        {
            yield return ("author name", author.Name);
        }
    }

    private static bool LooksDoubleEncoded(string text)
    {
        for (var i = text.IndexOfAny(['Ã', 'Â']); i >= 0 && i < text.Length - 1; i = text.IndexOfAny(['Ã', 'Â'], i + 1))
        {
            if (text[i + 1] is >= '\u0080' and <= '\u00BF')
            {
                return true;
            }
        }

        return false;
    }
}
