using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DigestBot.Search;

/// <summary>
/// The term lookups of one search, made once. Each weight Lucene builds looks its terms up in every segment's term
/// dictionary (25 segments at 1M papers), and a free-text question builds three or four weights over mostly the same
/// terms (every word, the closest papers, the count of those with at least m words): a term query handed its states
/// skips the lookup. Valid for this searcher's reader only, as Lucene checks.
/// </summary>
internal sealed class TermStates(IndexSearcher searcher)
{
    private readonly Dictionary<Term, TermContext> _states = [];

    /// <summary>The query with each of its term queries carrying its looked-up states (other queries as they are).</summary>
    public Query Prepare(Query query) => query switch
    {
        TermQuery term => new TermQuery(term.Term, State(term.Term)) { Boost = term.Boost },
        BooleanQuery boolean => Boolean(boolean),
        FilteredQuery filtered => new FilteredQuery(Prepare(filtered.Query), filtered.Filter, filtered.Strategy) { Boost = filtered.Boost },
        CoverageQuery coverage => Prepare(coverage),
        _ => query,
    };

    public CoverageQuery Prepare(CoverageQuery coverage) =>
        new([.. coverage.Clauses.Select(Prepare)], coverage.Weights, coverage.Minimum, coverage.Maximum) { Boost = coverage.Boost };

    /// <summary>How many papers the index holds (deleted ones left out).</summary>
    public int Papers => searcher.IndexReader.NumDocs;

    /// <summary>How many papers hold the term, counting deleted ones until merged away, as <see cref="IndexReader.DocFreq"/> does.</summary>
    public int DocFreq(Term term) => State(term).DocFreq;

    private BooleanQuery Boolean(BooleanQuery query)
    {
        var copy = new BooleanQuery(query.CoordDisabled) { MinimumNumberShouldMatch = query.MinimumNumberShouldMatch, Boost = query.Boost };
        foreach (var clause in query.Clauses)
        {
            copy.Add(Prepare(clause.Query), clause.Occur);
        }

        return copy;
    }

    private TermContext State(Term term)
    {
        if (!_states.TryGetValue(term, out var state))
        {
            _states[term] = state = TermContext.Build(searcher.TopReaderContext, term);
        }

        return state;
    }
}
