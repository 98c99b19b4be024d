namespace DigestBot.Papers;

/// <summary>
/// The rules for folding two records of one paper into one: the highest version's title, abstract and authors win
/// (on a tie, arXiv's record, then the fresher sighting), lists are unioned, and no source record is ever lost.
/// </summary>
public static class PaperMerge
{
    public static Paper Merge(Paper stored, Paper incoming, string id)
    {
        var (winner, other) = Rank(stored, incoming);
        return new Paper
        {
            Id = id,
            Version = Math.Max(stored.Version, incoming.Version),
            Title = winner.Title.Length > 0 ? winner.Title : other.Title,
            Abstract = winner.Abstract.Length > 0 ? winner.Abstract : other.Abstract,
            Authors = MergeAuthors(winner.Authors, other.Authors),

            // The stored order first, so a primary category established by one source is not displaced by a
            // source that does not mark the primary (arXiv RSS lists categories unordered).
            Categories = Union(stored.Categories, incoming.Categories, StringComparer.OrdinalIgnoreCase),
            PublishedDate = PaperDate.Merge(stored.PublishedDate, incoming.PublishedDate),
            Updated = Max(stored.Updated, incoming.Updated),
            FirstSeen = stored.FirstSeen <= incoming.FirstSeen ? stored.FirstSeen : incoming.FirstSeen,
            Dois = Union(stored.Dois, incoming.Dois, StringComparer.Ordinal),
            JournalRef = winner.JournalRef ?? other.JournalRef,
            Comment = winner.Comment ?? other.Comment,
            Links = PaperLinks.Merge(winner.Links, other.Links),
            Sources = MergeSources(stored.Sources, incoming.Sources),

            // The latest HF listing carries the current upvotes and stars, so it wins whatever the arXiv version.
            HuggingFace = incoming.HuggingFace ?? stored.HuggingFace,
        };
    }

    /// <summary>
    /// Whose title, abstract, authors and links lead: the higher version; on a tie (0 when no source gave one, as for
    /// Hugging Face's and journals' records) a record keyed by its arXiv id over one found by DOI or title, whose feed
    /// may carry a teaser for an abstract, a cut author list and its own landing page; else the incoming record, the
    /// fresher sighting.
    /// </summary>
    private static (Paper Winner, Paper Other) Rank(Paper stored, Paper incoming)
    {
        if (incoming.Version != stored.Version)
        {
            return incoming.Version > stored.Version ? (incoming, stored) : (stored, incoming);
        }

        var (storedArxiv, incomingArxiv) = (IsArxiv(stored), IsArxiv(incoming));
        return storedArxiv && !incomingArxiv ? (stored, incoming) : (incoming, stored);
    }

    private static bool IsArxiv(Paper paper) => PaperId.TryParse(paper.Id, out var id) && id.Kind == PaperIdKind.Arxiv;

    /// <summary>The winner's author list (when it has one), with affiliations the other list adds for the same name.</summary>
    private static IReadOnlyList<Author> MergeAuthors(IReadOnlyList<Author> winner, IReadOnlyList<Author> other)
    {
        if (winner.Count == 0)
        {
            return other;
        }

        var extra = other
            .GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.SelectMany(a => a.Affiliations).ToList(), StringComparer.OrdinalIgnoreCase);
        return winner
            .Select(a => extra.TryGetValue(a.Name, out var more) && more.Count > 0
                ? a with { Affiliations = Union(a.Affiliations, more, StringComparer.Ordinal) }
                : a)
            .ToList();
    }

    private static List<SourceRecord> MergeSources(IReadOnlyList<SourceRecord> a, IReadOnlyList<SourceRecord> b) =>
        a.Concat(b)
            .GroupBy(r => (r.Source, r.SourceId))
            .Select(g => g.MinBy(r => r.SeenAt)!)
            .OrderBy(r => r.SeenAt)
            .ToList();

    private static List<string> Union(IEnumerable<string> first, IEnumerable<string> second, StringComparer comparer) =>
        first.Concat(second).Distinct(comparer).ToList();

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a >= b ? a : b;
}
