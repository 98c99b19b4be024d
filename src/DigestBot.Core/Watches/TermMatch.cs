using DigestBot.Search;

namespace DigestBot.Watches;

/// <summary>One term in one field.</summary>
internal sealed class TermMatch(int term, string fieldName) : MatchNode
{
    public override IReadOnlyList<int> Keys { get; } = [term];

    public override bool KeyedByCategory => fieldName == IndexFields.Category;

    public override bool Matches(PaperTerms paper) => paper.Has(term);
}
