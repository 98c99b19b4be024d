using Lucene.Net.Search;

namespace DigestBot.Watches;

/// <summary>A query only an index can decide (wildcard, prefix, range): run on the paper's MemoryIndex.</summary>
internal sealed class LuceneMatch(Query query) : MatchNode
{
    public override IReadOnlyList<int>? Keys => null;

    public override bool Matches(PaperTerms paper) => paper.Search(query);
}
