namespace DigestBot.Watches;

/// <summary>Matches every paper (what a purely negative query is built on).</summary>
internal sealed class EveryMatch : MatchNode
{
    public override IReadOnlyList<int>? Keys => null;

    public override bool Matches(PaperTerms paper) => true;
}
