using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DigestBot.Watches;

/// <summary>
/// Decides a Lucene query against the set of terms one paper has, without an index: true or false when the terms
/// settle it, null when only positions can (a phrase whose words are all present, a wildcard). Most watch checks end
/// here; only the undecided ones run on the paper's MemoryIndex.
/// </summary>
internal static class TermSetEvaluator
{
    public static bool? Evaluate(Query query, IReadOnlySet<Term> terms) => query switch
    {
        TermQuery term => terms.Contains(term.Term),
        PhraseQuery phrase => phrase.GetTerms().All(terms.Contains) ? null : false,
        MatchAllDocsQuery => true,
        BooleanQuery boolean => Boolean(boolean, terms),
        _ => null,
    };

    private static bool? Boolean(BooleanQuery query, IReadOnlySet<Term> terms)
    {
        var undecided = false;
        var hasMust = false;
        var anyShould = false;
        var undecidedShould = false;
        foreach (var clause in query.Clauses)
        {
            var value = Evaluate(clause.Query, terms);
            switch (clause.Occur)
            {
                case Occur.MUST:
                    hasMust = true;
                    if (value == false)
                    {
                        return false;
                    }

                    undecided |= value is null;
                    break;
                case Occur.MUST_NOT:
                    if (value == true)
                    {
                        return false;
                    }

                    undecided |= value is null;
                    break;
                default:
                    anyShould |= value == true;
                    undecidedShould |= value is null;
                    break;
            }
        }

        // Without a required clause, at least one optional clause must match (Lucene's rule).
        if (!hasMust && !anyShould)
        {
            return undecidedShould ? null : query.Clauses.Any(c => c.Occur == Occur.SHOULD) ? false : undecided ? null : true;
        }

        return undecided ? null : true;
    }
}
