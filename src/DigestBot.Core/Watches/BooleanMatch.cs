using Lucene.Net.Search;

namespace DigestBot.Watches;

/// <summary>
/// Lucene's boolean rule: every required clause, no prohibited one, and, when nothing is required, at least one
/// optional clause. With no required or optional clause it matches nothing, as in the index. Cheap clauses are
/// checked before ones that need the MemoryIndex.
/// </summary>
internal sealed class BooleanMatch : MatchNode
{
    private readonly MatchNode[] _must;
    private readonly MatchNode[] _mustNot;
    private readonly MatchNode[] _should;

    private BooleanMatch(MatchNode[] must, MatchNode[] mustNot, MatchNode[] should)
    {
        _must = must;
        _mustNot = mustNot;
        _should = should;
        Keys = KeysOf(must, should, out var byCategory);
        KeyedByCategory = byCategory;
    }

    public override IReadOnlyList<int>? Keys { get; }

    public override bool KeyedByCategory { get; }

    public static BooleanMatch Compile(BooleanQuery query, WatchTerms terms, IWatchSeeds? seeds, ICollection<SemanticMatch>? semantic)
    {
        // Term checks first, then vectors, then the MemoryIndex.
        MatchNode[] Clauses(Occur occur) =>
        [
            .. query.Clauses.Where(c => c.Occur == occur).Select(c => Compile(c.Query, terms, seeds, semantic)).OrderBy(n => n switch { LuceneMatch => 2, SemanticMatch => 1, _ => 0 }),
        ];

        return new BooleanMatch(Clauses(Occur.MUST), Clauses(Occur.MUST_NOT), Clauses(Occur.SHOULD));
    }

    public override bool Matches(PaperTerms paper)
    {
        foreach (var clause in _must)
        {
            if (!clause.Matches(paper))
            {
                return false;
            }
        }

        foreach (var clause in _mustNot)
        {
            if (clause.Matches(paper))
            {
                return false;
            }
        }

        if (_must.Length > 0)
        {
            return true;
        }

        foreach (var clause in _should)
        {
            if (clause.Matches(paper))
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<int>? KeysOf(MatchNode[] must, MatchNode[] should, out bool byCategory)
    {
        byCategory = false;
        if (must.Length > 0)
        {
            // Any one required clause narrows the candidates: a word over a category, then the clause with the fewest keys.
            var best = must.Where(n => n.Keys is not null).MinBy(n => (n.KeyedByCategory ? 1 : 0, n.Keys!.Count));
            byCategory = best?.KeyedByCategory ?? false;
            return best?.Keys;
        }

        if (should.Length == 0 || should.Any(n => n.Keys is null))
        {
            return null;
        }

        byCategory = should.All(n => n.KeyedByCategory);
        return [.. should.SelectMany(n => n.Keys!).Distinct()];
    }
}
