using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;

namespace DigestBot.Search;

/// <summary>
/// A query's wildcard terms (<see cref="PrefixQuery"/>, <see cref="WildcardQuery"/>, <see cref="PrefixesQuery"/>) replaced by the words of one text
/// they match, for <see cref="Snippets"/>: the highlighter then marks those words as it marks any term.
/// </summary>
internal static class WildcardExpansion
{
    /// <summary>The wildcard terms of a query (inside boolean and filtered queries), each with its test of a word.</summary>
    public static IReadOnlyDictionary<Query, Func<string, bool>> Find(Query query)
    {
        // By reference: two equal wildcards in different places are two entries, each found as itself.
        var found = new Dictionary<Query, Func<string, bool>>(ReferenceEqualityComparer.Instance);
        Walk(query, found);
        return found;
    }

    /// <summary>The query with each wildcard term replaced by the words of <paramref name="words"/> it matches (or nothing).</summary>
    public static Query Expand(Query query, IReadOnlyDictionary<Query, Func<string, bool>> wildcards, IReadOnlySet<string> words)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                var expanded = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses)
                {
                    expanded.Add(Expand(clause.Query, wildcards, words), clause.Occur);
                }

                return expanded;
            case FilteredQuery filtered:
                return Expand(filtered.Query, wildcards, words);
            case PrefixQuery or WildcardQuery or PrefixesQuery:
                var matches = wildcards[query];
                var field = ((MultiTermQuery)query).Field;
                var terms = new BooleanQuery(disableCoord: true) { Boost = query.Boost };
                foreach (var word in words.Where(matches))
                {
                    terms.Add(new TermQuery(new Term(field, word)), Occur.SHOULD);
                }

                return terms;
            default:
                return query;
        }
    }

    private static void Walk(Query query, Dictionary<Query, Func<string, bool>> found)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    Walk(clause.Query, found);
                }

                break;
            case FilteredQuery filtered:
                Walk(filtered.Query, found);
                break;
            case PrefixQuery prefix:
                var start = prefix.Prefix.Text;
                found[prefix] = word => word.StartsWith(start, StringComparison.Ordinal);
                break;
            case PrefixesQuery prefixes:
                var starts = prefixes.Prefixes;
                found[prefixes] = word => starts.Any(p => word.StartsWith(p, StringComparison.Ordinal));
                break;
            case WildcardQuery wildcard:
                found[wildcard] = new CharacterRunAutomaton(WildcardQuery.ToAutomaton(wildcard.Term)).Run;
                break;
        }
    }
}
