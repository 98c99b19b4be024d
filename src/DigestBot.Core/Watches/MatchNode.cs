using DigestBot.Search;
using Lucene.Net.Search;

namespace DigestBot.Watches;

/// <summary>
/// A watch query compiled for percolation: Lucene's query tree with terms replaced by <see cref="WatchTerms"/>
/// numbers, decided against a <see cref="PaperTerms"/> with Lucene's own rules, so a watch matches a paper exactly
/// when a search would find it. Query kinds without a node of their own run on the paper's MemoryIndex; <c>like:</c>
/// and <c>about:</c> terms are decided on the paper's vector (<see cref="SemanticMatch"/>).
/// </summary>
internal abstract class MatchNode
{
    public abstract bool Matches(PaperTerms paper);

    /// <summary>Terms of which any match contains at least one (the pre-filter key); null when there is no such set.</summary>
    public abstract IReadOnlyList<int>? Keys { get; }

    /// <summary>True when every term of <see cref="Keys"/> is a category: a poor key, shared by much of every batch.</summary>
    public virtual bool KeyedByCategory => false;

    /// <param name="seeds">Resolves <c>like:</c> and <c>about:</c> terms; without it they match nothing.</param>
    /// <param name="semantic">Collects the semantic nodes made (percolation numbers their seeds).</param>
    public static MatchNode Compile(Query query, WatchTerms terms, IWatchSeeds? seeds = null, ICollection<SemanticMatch>? semantic = null) => query switch
    {
        TermQuery term => new TermMatch(terms.Intern(term.Term.Field, term.Term.Text), term.Term.Field),
        PhraseQuery { Slop: 0 } phrase when phrase.GetTerms().Length > 0 => PhraseMatch.Compile(phrase, terms),
        BooleanQuery { MinimumNumberShouldMatch: 0 } boolean => BooleanMatch.Compile(boolean, terms, seeds, semantic),
        SemanticLeafQuery leaf => Semantic(new SemanticMatch(seeds?.Seeds(leaf.Term) ?? [], seeds?.Threshold(leaf.Term) ?? float.PositiveInfinity), semantic),
        MatchAllDocsQuery => new EveryMatch(),
        _ => new LuceneMatch(query),
    };

    private static SemanticMatch Semantic(SemanticMatch node, ICollection<SemanticMatch>? made)
    {
        made?.Add(node);
        return node;
    }
}
