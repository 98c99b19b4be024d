using System.Collections.Concurrent;
using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Sources;
using DigestBot.Watches;
using Microsoft.Extensions.Options;

namespace DigestBot.Semantic;

/// <summary>
/// What <c>like:</c> and <c>about:</c> terms are close to: the vectors of the <c>like:</c> papers (embedded now if
/// they have none) and of the <c>about:</c> text, asked as a question. Kept per term: a watch's seeds do not change.
/// A <c>like:</c> paper that is not stored has no seed (the watch's other papers still count). Papers are found through
/// <see cref="PaperLookup"/>, not the store: the store tells percolation (which needs these seeds) about its writes.
/// </summary>
public sealed class SemanticSeeds(PaperLookup papers, PaperVectors vectors, SemanticModel model, IOptions<SourcesOptions> sources) : IWatchSeeds
{
    private const int TitleShown = 60;

    private readonly ConcurrentDictionary<TermNode, IReadOnlyList<WatchSeed>> _seeds = new();

    public IReadOnlyList<WatchSeed> Seeds(TermNode term)
    {
        if (_seeds.TryGetValue(term, out var known))
        {
            return known;
        }

        var seeds = Make(term);
        if (seeds.Count == TermSeeds(term))
        {
            _seeds[term] = seeds; // a paper not stored yet may be later: only complete seed lists are kept
        }

        return seeds;
    }

    public float Threshold(TermNode term) => term.Field == SearchField.Like ? SemanticThresholds.Like : SemanticThresholds.About;

    /// <summary>The stored papers a <c>like:</c> term names (for leaving them out of its own matches).</summary>
    public IReadOnlyList<string> Papers(TermNode term) =>
        term.Field == SearchField.Like
            ? [.. TermNode.LikeIds(term.Text).Select(id => PaperId.TryParse(id, out var p) ? papers.Find(p)?.Id : null).OfType<string>()]
            : [];

    /// <summary>
    /// Why a query's <c>like:</c> terms cannot be matched, in the one wording watches and search share
    /// (<c>like: 2412.99999 is not stored; import it first, or describe the topic with …</c>), or null when every
    /// paper they name is stored. <paramref name="instead"/> is how the surface takes a topic in words. When commands
    /// fetch papers not stored (<see cref="SourcesOptions.FetchMissing"/>), the way to store it is <c>paper</c>.
    /// </summary>
    public static string? NotStored(IEnumerable<TermNode> terms, PaperLookup papers, string instead, bool fetches)
    {
        var missing = terms.Where(t => t.Field == SearchField.Like).SelectMany(t => TermNode.LikeIds(t.Text))
            .FirstOrDefault(id => !PaperId.TryParse(id, out var paperId) || papers.Find(paperId) is null);
        if (missing is null)
        {
            return null;
        }

        var store = fetches && PaperId.TryParse(missing, out _) ? $"open it with paper {missing} first (that fetches it)" : "import it first";
        return $"like: {missing} is not stored; {store}, or describe the topic with {instead}";
    }

    /// <summary><see cref="NotStored(IEnumerable{TermNode}, PaperLookup, string, bool)"/> with this service's papers.</summary>
    public string? NotStored(IEnumerable<TermNode> terms, string instead) => NotStored(terms, papers, instead, sources.Value.FetchMissing);

    private static int TermSeeds(TermNode term) => term.Field == SearchField.Like ? TermNode.LikeIds(term.Text).Count : 1;

    private List<WatchSeed> Make(TermNode term)
    {
        if (term.Field == SearchField.About)
        {
            return [new WatchSeed($"“{term.Text}”", model.EmbedQuery(term.Text))];
        }

        var seeds = new List<WatchSeed>();
        foreach (var id in TermNode.LikeIds(term.Text))
        {
            if (PaperId.TryParse(id, out var paperId) && papers.Find(paperId) is { } paper)
            {
                var title = paper.Title.Length <= TitleShown ? paper.Title : paper.Title[..(TitleShown - 1)].TrimEnd() + "…";
                seeds.Add(new WatchSeed($"{paper.Id} “{title}”", vectors.VectorOf(paper).ToFloats()));
            }
        }

        return seeds;
    }
}
