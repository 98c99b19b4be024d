using DigestBot.QueryLanguage;
using DigestBot.Search;

namespace DigestBot.Watches;

/// <summary>
/// A watch query ready for percolation: the whole query as a <see cref="MatchNode"/>, and its positive leaves (the
/// terms and phrases that explain a match). A one-leaf query's explanation is the query itself, shared by every match;
/// a <c>like:</c> or <c>about:</c> leaf explains itself per paper (the nearest seed and the similarity).
/// </summary>
internal sealed record CompiledWatchQuery(MatchNode Root, IReadOnlyList<(string Shown, MatchNode Node)> Leaves)
{
    /// <summary>Every <c>like:</c> and <c>about:</c> node of the root and the leaves (their seeds are numbered per percolation).</summary>
    public IReadOnlyList<SemanticMatch> SemanticNodes { get; private init; } = [];

    public IReadOnlyList<string>? SingleHit { get; } = Leaves is [{ Node: not SemanticMatch } only] ? [only.Shown] : null;

    /// <summary>The query has <c>like:</c> or <c>about:</c> terms: it is matched once papers have vectors.</summary>
    public bool IsSemantic => SemanticNodes.Count > 0;

    /// <param name="seeds">Resolves semantic terms; may throw when the model is unavailable.</param>
    public static CompiledWatchQuery? Compile(string text, WatchTerms terms, IWatchSeeds? seeds = null)
    {
        if (!SearchQuery.TryParse(text, out var query, out _))
        {
            return null;
        }

        var semantic = new List<SemanticMatch>();
        var leaves = PositiveTerms(query.Root)
            .Select(t => t.ToString())
            .Distinct(StringComparer.Ordinal)
            .Select(shown => (shown, MatchNode.Compile(LuceneQueries.Build(SearchQuery.Parse(shown)), terms, seeds, semantic)))
            .ToList();
        return new CompiledWatchQuery(MatchNode.Compile(LuceneQueries.Build(query), terms, seeds, semantic), leaves) { SemanticNodes = semantic };
    }

    /// <summary>The leaves that hit this paper: why the watch matched.</summary>
    public IReadOnlyList<string> Hits(PaperTerms paper) =>
        SingleHit ?? [.. Leaves.Where(l => l.Node.Matches(paper)).Select(l => l.Node is SemanticMatch semantic ? semantic.Explain(paper) : l.Shown)];

    private static IEnumerable<TermNode> PositiveTerms(QueryNode node) => node switch
    {
        TermNode term => [term],
        AndNode and => and.Children.SelectMany(PositiveTerms),
        OrNode or => or.Children.SelectMany(PositiveTerms),
        _ => [],
    };
}
