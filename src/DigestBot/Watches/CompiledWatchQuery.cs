using DigestBot.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DigestBot.Watches;

/// <summary>
/// A watch query ready for percolation: the Lucene query, the terms one of which every match must contain (the
/// pre-filter key; null when no such set exists, e.g. a pure negation), and the positive leaves that explain a match.
/// </summary>
internal sealed record CompiledWatchQuery(Query Query, IReadOnlySet<Term>? Keys, IReadOnlyList<(string Shown, Query Query)> Leaves)
{
    public static CompiledWatchQuery? Compile(string text)
    {
        if (!SearchQuery.TryParse(text, out var query, out _))
        {
            return null;
        }

        var lucene = LuceneQueries.Build(query);
        var leaves = PositiveTerms(query.Root)
            .Select(t => (Shown: t.ToString(), Query: LuceneQueries.Build(SearchQuery.Parse(t.ToString()))))
            .DistinctBy(l => l.Shown)
            .ToList();
        return new CompiledWatchQuery(lucene, KeysOf(lucene), leaves);
    }

    /// <summary>Terms of which any match contains at least one; null when the query cannot be narrowed that way.</summary>
    internal static HashSet<Term>? KeysOf(Query query) => query switch
    {
        TermQuery term => [term.Term],

        // Every term of a phrase is required; the longest is usually the rarest.
        PhraseQuery phrase when phrase.GetTerms().Length > 0 => [phrase.GetTerms().MaxBy(t => t.Text.Length)!],
        BooleanQuery boolean => BooleanKeys(boolean),
        _ => null,
    };

    private static HashSet<Term>? BooleanKeys(BooleanQuery query)
    {
        var must = query.Clauses.Where(c => c.Occur == Occur.MUST).ToList();
        if (must.Count > 0)
        {
            // Any one required clause narrows the candidates. A category is shared by a large part of every batch,
            // so a word is the better key; among words, the clause with the fewest keys.
            return must.Select(c => KeysOf(c.Query)).OfType<HashSet<Term>>()
                .MinBy(k => (k.All(t => t.Field == IndexFields.Category) ? 1 : 0, k.Count));
        }

        var should = query.Clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => KeysOf(c.Query)).ToList();
        if (should.Count == 0 || should.Any(k => k is null))
        {
            return null;
        }

        return [.. should.SelectMany(k => k!)];
    }

    private static IEnumerable<TermNode> PositiveTerms(QueryNode node) => node switch
    {
        TermNode term => [term],
        AndNode and => and.Children.SelectMany(PositiveTerms),
        OrNode or => or.Children.SelectMany(PositiveTerms),
        _ => [],
    };
}
