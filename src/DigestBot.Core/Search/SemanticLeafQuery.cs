using DigestBot.QueryLanguage;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DigestBot.Search;

/// <summary>
/// A <c>like:</c> or <c>about:</c> term in a Lucene query tree, which no index term can decide: percolation compiles it
/// into a match on the paper's vector, and a search replaces it with the papers found close in meaning beforehand
/// (<see cref="SearchRequest.SemanticMatches"/>). Searched as it is, it matches nothing.
/// </summary>
internal sealed class SemanticLeafQuery(TermNode term) : Query
{
    public TermNode Term { get; } = term;

    public override Query Rewrite(IndexReader reader) => new BooleanQuery();

    public override string ToString(string field) => Term.ToString();

    public override bool Equals(object? obj) => obj is SemanticLeafQuery other && other.Term == Term && base.Equals(obj);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Term);
}
